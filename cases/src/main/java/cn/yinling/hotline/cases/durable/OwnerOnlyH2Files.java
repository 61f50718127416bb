package cn.yinling.hotline.cases.durable;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * The embedded H2 database holds elders' personal data, so its directory is the process owner's
 * only (0700) and so are its files (0600), whatever the umask. H2 creates them with the umask's
 * permissions (usually readable by everyone), and a database made by an older version already is:
 * before the pool's first connection the directory is made or tightened and the files there
 * tightened; the first connection is then opened here, so that the file H2 creates for a new
 * database is tightened too. Files H2 makes later (a trace file, temporary files) sit in the
 * owner-only directory. Only for a {@code jdbc:h2:file:} (or bare path) URL on a POSIX file
 * system; the working directory and the home directory are never changed, only the files.
 */
final class OwnerOnlyH2Files implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(OwnerOnlyH2Files.class);
    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource ds && posix()) {
            databaseOf(ds.getJdbcUrl()).ifPresent(db -> {
                tighten(db);
                try (Connection first = ds.getConnection()) {
                    tighten(db);
                } catch (SQLException e) {
                    throw new CannotGetJdbcConnectionException("Cannot open the embedded database " + db, e);
                }
            });
        }
        return bean;
    }

    /** The database's path without H2's suffixes (./data/hotline), for a file database; empty for any other URL. */
    static Optional<Path> databaseOf(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String location = jdbcUrl.substring("jdbc:h2:".length());
        int settings = location.indexOf(';');
        if (settings >= 0) {
            location = location.substring(0, settings);
        }
        if (location.startsWith("file:")) {
            location = location.substring("file:".length());
        } else if (location.matches("[A-Za-z]{2,}:.*")) {
            return Optional.empty(); // mem:, tcp:, ssl:, zip:, nio: … : not a plain file of this process
        }
        if (location.isBlank()) {
            return Optional.empty();
        }
        if (location.startsWith("~")) {
            location = System.getProperty("user.home") + location.substring(1);
        }
        return Optional.of(Paths.get(location).toAbsolutePath().normalize());
    }

    static void tighten(Path database) {
        Path directory = database.getParent();
        String name = database.getFileName().toString();
        try {
            if (Files.notExists(directory)) {
                Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(DIRECTORY));
                Files.setPosixFilePermissions(directory, DIRECTORY); // as asked, whatever the umask
            } else if (isShared(directory)) {
                log.warn("The embedded database {} is in {}, which is not its own directory: only its files are made "
                        + "owner-only; give it a directory of its own (the default is ./data)", name, directory);
            } else {
                restrict(directory, DIRECTORY);
            }
            try (Stream<Path> files = Files.list(directory)) {
                for (Path f : files.filter(f -> f.getFileName().toString().startsWith(name + ".")).toList()) {
                    restrict(f, FILE);
                }
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            log.warn("Could not make the embedded database {} owner-only: {}", database, e.toString());
        }
    }

    private static void restrict(Path path, Set<PosixFilePermission> wanted) throws IOException {
        Set<PosixFilePermission> had = Files.getPosixFilePermissions(path);
        if (!had.equals(wanted)) {
            Files.setPosixFilePermissions(path, wanted);
            log.info("{} was {}; now {} (owner only)", path, PosixFilePermissions.toString(had),
                    PosixFilePermissions.toString(wanted));
        }
    }

    private static boolean isShared(Path directory) {
        Path cwd = Paths.get("").toAbsolutePath().normalize();
        Path home = Paths.get(System.getProperty("user.home")).toAbsolutePath().normalize();
        return directory.equals(cwd) || directory.equals(home) || directory.getParent() == null;
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
