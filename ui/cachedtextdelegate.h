#pragma once

#include <QFont>
#include <QHash>
#include <QStyledItemDelegate>

#include <memory>
#include <utility>
#include <vector>

class QTextLayout;

namespace ui {

/// A QStyledItemDelegate that keeps each item's laid-out text and draws it again as
/// the style does, instead of laying it out twice on every paint (most of the time a
/// small table or list takes to repaint). The style still draws the rest. Items the
/// style draws otherwise (selected, focused, edited, with an icon or a check box, a
/// text that needs more than one line) are left to it.
class CachedTextDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit CachedTextDelegate(QObject *parent = nullptr);
    ~CachedTextDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    /// The item's text laid out as the style lays it out in `textRect`.
    const QTextLayout &laidOut(const QStyleOptionViewItem &item, const QRect &textRect) const;

    /// A text and what its layout depends on besides the font.
    struct TextKey {
        QString text;
        int width;
        int options; ///< alignment, direction and wrapping
        bool operator==(const TextKey &other) const = default;
        friend size_t qHash(const TextKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.width, key.options);
        }
    };

    // Painting is const; the laid-out texts are only a cache.
    using Texts = QHash<TextKey, std::shared_ptr<QTextLayout>>;
    /// Per font (a bold row beside plain ones needs two).
    mutable std::vector<std::pair<QFont, Texts>> m_texts;
};

} // namespace ui
