package cn.yinling.hotline.cases.durable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database's directory and files are readable by the process owner only. */
class OwnerOnlyH2FilesTest {

    @TempDir
    Path temp;

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
    }

    @Test
    void aNewDatabaseIsCreatedInAnOwnerOnlyDirectoryWithOwnerOnlyFiles() throws Exception {
        Path directory = temp.resolve("fresh/data");
        try (HikariDataSource ds = dataSource("jdbc:h2:file:" + directory.resolve("hotline") + ";DB_CLOSE_ON_EXIT=FALSE")) {
            new OwnerOnlyH2Files().postProcessAfterInitialization(ds, "dataSource");

            assertThat(mode(directory)).isEqualTo("rwx------");
            assertThat(filesOf(directory)).isNotEmpty().allSatisfy(f -> assertThat(mode(f)).as(f.toString()).isEqualTo("rw-------"));
        }
    }

    @Test
    void aDatabaseMadeWorldReadableByAnOlderVersionIsTightenedAtStartAndKeepsItsData() throws Exception {
        Path directory = temp.resolve("old");
        String url = "jdbc:h2:file:" + directory.resolve("hotline");
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("create table elder (name varchar(20))");
            s.execute("insert into elder values ('王秀英')");
        }
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (Path f : filesOf(directory)) {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        }

        try (HikariDataSource ds = dataSource(url)) {
            new OwnerOnlyH2Files().postProcessAfterInitialization(ds, "dataSource");

            assertThat(mode(directory)).isEqualTo("rwx------");
            assertThat(filesOf(directory)).isNotEmpty().allSatisfy(f -> assertThat(mode(f)).as(f.toString()).isEqualTo("rw-------"));
            try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("select name from elder")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("王秀英");
            }
        }
    }

    @Test
    void onlyFileDatabasesAreFiles() {
        assertThat(OwnerOnlyH2Files.databaseOf("jdbc:h2:mem:cases;DB_CLOSE_DELAY=-1")).isEmpty();
        assertThat(OwnerOnlyH2Files.databaseOf("jdbc:h2:tcp://db.example/hotline")).isEmpty();
        assertThat(OwnerOnlyH2Files.databaseOf("jdbc:postgresql://db.example/hotline")).isEmpty();
        assertThat(OwnerOnlyH2Files.databaseOf("jdbc:h2:file:./data/hotline;WRITE_DELAY=2000")).hasValueSatisfying(
                p -> assertThat(p).isEqualTo(Path.of("data/hotline").toAbsolutePath()));
        assertThat(OwnerOnlyH2Files.databaseOf("jdbc:h2:./data/hotline")).isPresent();
    }

    private static HikariDataSource dataSource(String url) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(url);
        ds.setUsername("sa");
        ds.setPassword("");
        return ds;
    }

    private static List<Path> filesOf(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }

    private static String mode(Path p) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
