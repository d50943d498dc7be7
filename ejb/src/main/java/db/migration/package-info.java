/**
 * Migrations that need Java rather than SQL, found by Flyway next to the SQL scripts of
 * {@code db/migration}. They fill derived columns the same way on H2 and PostgreSQL.
 */
package db.migration;
