#pragma once

#include <QWidget>

class QVBoxLayout;

// A framed block of content on a screen: a heading and text, or any widgets added to it.
class Panel : public QWidget
{
    Q_OBJECT
public:
    explicit Panel(const QString &heading = {}, const QString &body = {},
                   QWidget *parent = nullptr);
    QVBoxLayout *layout() const { return m_layout; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QVBoxLayout *m_layout;
};
