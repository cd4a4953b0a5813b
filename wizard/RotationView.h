#pragma once

#include <QWidget>

class MaintenanceJob;
class QLabel;
class StatusTable;

// The load balancer's own view of every frontend (HAProxy's runtime API on every LB node: UP,
// DRAIN, MAINT, DOWN and the open sessions), as the maintenance job last asked it, with when it
// was asked or why it could not be, and a button to ask again.
class RotationView : public QWidget
{
    Q_OBJECT
public:
    explicit RotationView(MaintenanceJob *job, QWidget *parent = nullptr);

private:
    void showView();

    MaintenanceJob *m_job;
    StatusTable *m_table;
    QLabel *m_note;
};
