#pragma once

#include <QWidget>

class QGridLayout;
class QPushButton;

// An on-screen keyboard for the vacancy search: letters, digits, space, delete and done, as
// large keys. It types into whichever line edit it is given. Its size is a function of the
// theme in force (the screen's scale and the visitor's text size) and of being compact, and
// nothing else: the same theme always gives the same keyboard.
class TouchKeyboard : public QWidget
{
    Q_OBJECT
public:
    explicit TouchKeyboard(QWidget *parent = nullptr);

    QPushButton *key(const QString &name) const;
    // Compact: finger-sized keys and no margins, for a keyboard docked beside the results.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }

signals:
    void typed(const QString &text);
    void backspace();
    void done();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applySizes();
    void sizeKey(QPushButton *key) const;
    QPushButton *addKey(const QString &label, const QString &name, int row, int column,
                        int span = 1);

    QGridLayout *m_grid;
    QList<QPushButton *> m_keys;
    bool m_compact = false;
};
