#include "presettext.h"

namespace ui {

QString PresetText::description(const std::string &presetName)
{
    struct Entry {
        const char *name;
        QString text;
    };
    const Entry entries[] = {
        {"bchw-arange", tr("arange(12) as 1×3×2×2 (B×C×H×W): the four dims of an image batch")},
        {"bchw-batch2", tr("arange(12) as 2×3×1×2: dim 0 across two batch items")},
        {"vector-1234", tr("[1, 2, 3, 4] with the implicit (deprecated) dim")},
        {"matrix-2x4", tr("[[1, 2, 3, 4], [5, 6, 7, 8]]: rows versus columns")},
        {"three-classes", tr("three class scores -3, 1.5, 2.7, step by step")},
        {"rand-2x2", tr("torch.rand(2, 2) with seed 0: log_softmax beside softmax")},
        {"numpy-2x3", tr("the NumPy helper's 2×3 example (float64), axis 0 and -1")},
        {"notebook-2x2x2", tr("a 2×2×2 tensor computed by hand for dims 0, 1, 2 and -1")},
        {"classification", tr("classification logits (1, C), dim=-1")},
        {"segmentation", tr("segmentation scores (1, C, H, W), dim=1 per pixel")},
        {"detection", tr("detection anchors (N, C), dim=-1 per anchor")},
        {"attention-mask", tr("causal attention scores (heads, L, L) with -inf masks, dim=-1")},
    };
    for (const Entry &entry : entries)
        if (presetName == entry.name)
            return entry.text;
    return QString();
}

} // namespace ui
