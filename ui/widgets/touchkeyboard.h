#pragma once

#include <QWidget>

class QGridLayout;
class QPushButton;

// An on-screen keyboard for the vacancy search: letters, digits, space, delete and done, as
// large keys. It types into whichever line edit it is given.
class TouchKeyboard : public QWidget
{
    Q_OBJECT
public:
    explicit TouchKeyboard(QWidget *parent = nullptr);

    QPushButton *key(const QString &name) const;

signals:
    void typed(const QString &text);
    void backspace();
    void done();

protected:
    void changeEvent(QEvent *event) override;

private:
    QPushButton *addKey(const QString &label, const QString &name, int row, int column,
                        int span = 1);

    QGridLayout *m_grid;
    QList<QPushButton *> m_keys;
};
