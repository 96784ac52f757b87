#pragma once

#include <QWidget>

class PlainLabel;
class QGridLayout;
class QPushButton;

// A large number pad for the staff PIN. The digits typed show only as dots.
class PinPad : public QWidget
{
    Q_OBJECT
public:
    explicit PinPad(QWidget *parent = nullptr);

    void setPrompt(const QString &prompt);
    void setMessage(const QString &message);
    void setBusy(bool busy);
    // With the digits off only Cancel works: the pad then shows a message and takes nothing.
    void setDigitsEnabled(bool enabled);
    void clear();
    QString entered() const { return m_digits; }
    QPushButton *key(const QString &name) const;

signals:
    void submitted(const QString &pin);
    void cancelled();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void type(const QString &digit);
    void updateDots();

    PlainLabel *m_prompt;
    PlainLabel *m_dots;
    PlainLabel *m_message;
    QGridLayout *m_grid;
    QList<QPushButton *> m_keys;
    bool m_digitsEnabled = true;
    QString m_digits;
};
