#pragma once

#include <QString>

// A PostgreSQL server of a test's own, which the test may stop and start again (a committee's server
// restarted in the middle of a session): scripts/postgres-test-server.sh's cluster in a folder under /tmp, on
// a free local port, with one committee database. Stopped and removed by the destructor whatever happened.
// Only when FAST_TEST_POSTGRES says that the server tests are wanted (PostgreSQL is installed); otherwise
// error() says why there is none.
class RestartableTestServer
{
public:
    RestartableTestServer();
    ~RestartableTestServer();
    RestartableTestServer(const RestartableTestServer &) = delete;
    RestartableTestServer &operator=(const RestartableTestServer &) = delete;

    // postgresql://fast_admin@127.0.0.1:PORT/comite_fast; empty when the server could not be started.
    QString address() const { return m_address; }
    QString error() const { return m_error; }

    // Stops the server as an administrator would (pg_ctl -m fast), keeping its data; true when it stopped.
    bool halt();
    // Starts it again on the same port and data.
    bool resume();

private:
    bool runScript(const QStringList &arguments, QString *output = nullptr);
    static int freePort();

    QString m_folder;
    int m_port = 0;
    QString m_address;
    QString m_error;
};
