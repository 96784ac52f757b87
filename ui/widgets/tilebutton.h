#pragma once

#include <QAbstractButton>

class PlainLabel;
class QVBoxLayout;

// A large touch tile: a heading and wrapped lines of text under it, all one button.
class TileButton : public QAbstractButton
{
    Q_OBJECT
public:
    explicit TileButton(const QString &heading, const QString &text = {},
                        QWidget *parent = nullptr);

    void setHeading(const QString &heading);
    void setText(const QString &text);
    void addLine(const QString &line, const char *role = "small");
    QString heading() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void describe();

    QVBoxLayout *m_layout;
    PlainLabel *m_heading;
    PlainLabel *m_text;
};
