#include "windowhost.h"

#include "documentsession.h"
#include "language.h"
#include "mainwindow.h"
#include "settings.h"
#include "tensordocument.h"
#include "theme.h"

namespace ui {

WindowHost::WindowHost() : m_document(new TensorDocument(this))
{
    language::apply(settings::language.value());
    theme::apply(theme::parse(settings::theme.value()), settings::highContrast.value());
    createWindow();
}

WindowHost::~WindowHost()
{
    delete m_window;
}

void WindowHost::start()
{
    m_window->restoreLayout();
    m_window->show();
    m_window->session()->offerRestore();
}

void WindowHost::createWindow()
{
    m_window = new MainWindow(m_document);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::languageRequested, this, &WindowHost::switchLanguage);
    connect(m_window, &QObject::destroyed, this, [this](QObject *window) {
        if (window == m_window)
            m_window = nullptr;
    });
}

void WindowHost::switchLanguage(const QString &code)
{
    settings::language.set(code);
    language::apply(code);
    MainWindow *old = m_window;
    old->saveLayout();
    const QString path = old->session()->filePath();
    const bool visible = old->isVisible();
    createWindow();
    m_window->session()->adoptPath(path);
    m_window->restoreLayout();
    if (visible)
        m_window->show();
    // Not close(): that would ask about unsaved changes and remove the autosave.
    old->disconnect(this);
    old->hide();
    old->deleteLater();
}

} // namespace ui
