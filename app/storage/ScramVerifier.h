#pragma once

#include <QByteArray>
#include <QString>

// The SCRAM-SHA-256 verifier of a password, in the form PostgreSQL stores (RFC 5803, as libpq's
// PQencryptPasswordConn makes it): CREATE ROLE … PASSWORD 'SCRAM-SHA-256$…' then keeps it as given, so the
// password itself never travels to the server nor reaches its statement log.
class ScramVerifier
{
public:
    static constexpr int iterations = 4096;
    // A random 16-byte salt when none is given (tests give one to compare with a known verifier).
    static QByteArray make(const QString &password, const QByteArray &salt = QByteArray());
    // PostgreSQL prepares a password with SASLprep before hashing it; for printable ASCII that changes
    // nothing, and only such a password is hashed here (ServerRoles sends any other for the server to hash).
    static bool canHash(const QString &password);
};
