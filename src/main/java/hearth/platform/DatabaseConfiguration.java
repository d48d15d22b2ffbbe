package hearth.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Hearth always runs on PostgreSQL. With no {@code HEARTH_DB_URL} it starts an embedded
 * PostgreSQL whose data folder survives restarts, so a council can try Hearth with one
 * command and keep what it typed. Either way two roles are used: Flyway migrates as the
 * schema's owner, the application's pool connects as a role that can only read and write
 * rows (and only add to the audit trail).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    static final double NAME_SIMILARITY_THRESHOLD = 0.4;

    @Bean
    DatabaseAccess databaseAccess(@Value("${hearth.db.url:}") String url,
                                  @Value("${hearth.db.username:}") String username,
                                  @Value("${hearth.db.password:}") String password,
                                  @Value("${hearth.db.migration-username:}") String migrationUsername,
                                  @Value("${hearth.db.migration-password:}") String migrationPassword,
                                  EmbeddedDatabase embedded) {
        if (!StringUtils.hasText(url)) {
            return new DatabaseAccess(embedded.url(), EmbeddedDatabase.APP, null, EmbeddedDatabase.OWNER, null);
        }
        // One user for both is allowed (and then nothing is granted), as before the roles were split.
        return StringUtils.hasText(migrationUsername)
                ? new DatabaseAccess(url, username, password, migrationUsername, migrationPassword)
                : new DatabaseAccess(url, username, password, username, password);
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(DatabaseAccess access, @Value("${hearth.db.pool-size:10}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("hearth");
        config.setMaximumPoolSize(poolSize);
        // Name search offers people at least this similar (0.3 by default): fewer, better
        // candidates, and a quarter of the time on a million-person index (docs/performance.md).
        config.setConnectionInitSql("SET pg_trgm.similarity_threshold = " + NAME_SIMILARITY_THRESHOLD);
        config.setJdbcUrl(access.url());
        config.setUsername(access.appUser());
        config.setPassword(access.appPassword());
        return new HikariDataSource(config);
    }

    /** Flyway connects on its own, as the owner, rather than through the application's pool. */
    @Bean
    FlywayConfigurationCustomizer migrateAsOwner(DatabaseAccess access) {
        return configuration -> configuration.dataSource(access.url(), access.ownerUser(), access.ownerPassword());
    }

    @Bean
    DatabaseRoles databaseRoles(DatabaseAccess access) {
        return new DatabaseRoles(access);
    }

    @Bean(destroyMethod = "stop")
    EmbeddedDatabase embeddedDatabase(@Value("${hearth.db.data-dir:./hearth-data/postgres}") Path dataDir,
                                      @Value("${hearth.db.clean:false}") boolean clean) {
        return new EmbeddedDatabase(dataDir, clean);
    }

    /** Where the database is and who connects: the application, and the owner for migrations. */
    record DatabaseAccess(String url, String appUser, String appPassword, String ownerUser, String ownerPassword) {

        boolean rolesSplit() {
            return !appUser.equals(ownerUser);
        }

        /** Never the passwords, should it be logged. */
        @Override
        public String toString() {
            return "DatabaseAccess[url=" + url + ", appUser=" + appUser + ", ownerUser=" + ownerUser + "]";
        }
    }
}
