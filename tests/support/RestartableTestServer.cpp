#include "RestartableTestServer.h"

#include "TestDatabaseLocation.h"

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

RestartableTestServer::RestartableTestServer()
{
    if (TestDatabaseLocation::serverAdminAddress().isEmpty()) {
        m_error = QStringLiteral("FAST_TEST_POSTGRES is not set: the server tests are not wanted (scripts/test.sh "
                                 "sets it when PostgreSQL is installed)");
        return;
    }
    m_port = freePort();
    if (m_port == 0) {
        m_error = QStringLiteral("no free local port for a test server");
        return;
    }
    m_folder = QDir::tempPath() + QStringLiteral("/fast-restart-") + QUuid::createUuid().toString(QUuid::Id128);
    QString output;
    if (!runScript({QStringLiteral("start"), m_folder, QString::number(m_port)}, &output))
        return;
    const QString admin = output.trimmed();
    const QString connectionName = QStringLiteral("restart-admin-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        const QUrl url(admin);
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        database.setHostName(url.host());
        database.setPort(url.port());
        database.setUserName(url.userName());
        database.setDatabaseName(url.path().mid(1));
        QSqlQuery query(database);
        if (!database.open())
            m_error = database.lastError().text();
        else if (!query.exec(QStringLiteral("CREATE DATABASE comite_fast")))
            m_error = query.lastError().text();
    }
    QSqlDatabase::removeDatabase(connectionName);
    if (!m_error.isEmpty())
        return;
    QUrl url(admin);
    url.setPath(QStringLiteral("/comite_fast"));
    m_address = url.toString();
}

RestartableTestServer::~RestartableTestServer()
{
    if (!m_folder.isEmpty())
        runScript({QStringLiteral("stop"), m_folder});
}

bool RestartableTestServer::halt()
{
    return runScript({QStringLiteral("halt"), m_folder});
}

bool RestartableTestServer::resume()
{
    return runScript({QStringLiteral("resume"), m_folder, QString::number(m_port)});
}

bool RestartableTestServer::runScript(const QStringList &arguments, QString *output)
{
    QProcess script;
    script.setWorkingDirectory(QStringLiteral(FAST_SOURCE_DIR));
    script.start(QStringLiteral(FAST_SOURCE_DIR "/scripts/postgres-test-server.sh"), arguments);
    if (!script.waitForFinished(120000) || script.exitStatus() != QProcess::NormalExit || script.exitCode() != 0) {
        m_error = QStringLiteral("postgres-test-server.sh %1 failed: %2")
                      .arg(arguments.join(QLatin1Char(' ')), QString::fromUtf8(script.readAllStandardError()));
        return false;
    }
    if (output)
        *output = QString::fromUtf8(script.readAllStandardOutput());
    return true;
}

int RestartableTestServer::freePort()
{
    // The port the system hands out for port 0 is free now; the server takes it a moment later.
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof(address);
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}
