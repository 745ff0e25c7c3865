#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

// Where a storage suite keeps a committee: an SQLite file in a temporary folder, or a database of its own on
// the throwaway PostgreSQL server that scripts/test.sh starts (FAST_TEST_POSTGRES, the admin's address),
// created here and dropped when the location goes. The same test code then runs on both engines.
class TestDatabaseLocation
{
public:
    enum class Engine { Sqlite, PostgreSql };
    explicit TestDatabaseLocation(Engine engine);
    ~TestDatabaseLocation();
    TestDatabaseLocation(const TestDatabaseLocation &) = delete;
    TestDatabaseLocation &operator=(const TestDatabaseLocation &) = delete;

    // The path or postgresql:// address to hand to Database::open; empty when the location could not be made.
    QString address() const { return m_address; }
    // Why there is no address: no server to test against, or the server refused the new database.
    QString error() const { return m_error; }

    // FAST_TEST_POSTGRES: the admin's address on the test server, empty when no server is running.
    static QString serverAdminAddress();
    // The engine a suite registered twice by tests/CMakeLists.txt runs on this time: PostgreSQL when
    // FAST_TEST_ENGINE is "postgresql", SQLite otherwise.
    static Engine engineUnderTest();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_databaseName;
    QString m_address;
    QString m_error;
};
