package cn.yinling.hotline.console.elderimport;

import cn.yinling.hotline.cases.elderimport.ElderImportProperties;
import cn.yinling.hotline.cases.elderimport.ImportColumn;
import cn.yinling.hotline.cases.elderimport.ImportRow;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.springframework.stereotype.Component;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an uploaded .xlsx (first worksheet) or CSV into import rows. The header is the first row of
 * the first ten that names at least three known columns (a title row above it is common). A CSV is
 * UTF-8 (with or without BOM) or, as Excel saves it on a Chinese Windows, GB18030. Refuses, with a
 * reason, what is not a spreadsheet, an old .xls, a password-protected workbook, a zip bomb (POI's
 * inflate-ratio and entry-size limits) and more rows than {@code hotline.elder-import.max-rows}.
 */
@Component
class ImportFileReader {

    private static final int HEADER_WITHIN = 10;
    private static final int HEADER_MATCHES = 3;

    private final ElderImportProperties properties;

    ImportFileReader(ElderImportProperties properties) {
        this.properties = properties;
    }

    ImportFile read(String fileName, byte[] bytes) {
        if (bytes.length == 0) {
            throw new UnreadableFileException("empty");
        }
        if (bytes.length > properties.maxFileSize().toBytes()) {
            throw new UnreadableFileException("tooLarge", properties.maxFileSize().toMegabytes());
        }
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UnreadableFileException("notSpreadsheet");
        }
        Collector rows = new Collector(fileName, properties.maxRows());
        if (magic == FileMagic.OOXML) {
            xlsx(bytes, rows);
        } else if (magic == FileMagic.OLE2) {
            throw new UnreadableFileException(encrypted(bytes) ? "encrypted" : "xls");
        } else if (name(fileName).endsWith(".csv") || name(fileName).endsWith(".txt")) {
            csv(bytes, rows);
        } else {
            throw new UnreadableFileException("notSpreadsheet");
        }
        return rows.file();
    }

    private static String name(String fileName) {
        return fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    }

    /** An encrypted .xlsx is an OLE2 container holding EncryptionInfo (ECMA-376 agile/standard encryption). */
    private static boolean encrypted(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("notSpreadsheet");
        }
    }

    private static void xlsx(byte[] bytes, Collector rows) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableFileException("noRows");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XlsxSheet(strings, reader.getStylesTable(), rows));
                parser.parse(new InputSource(sheet));
            }
        } catch (UnreadableFileException e) {
            throw e;
        } catch (TooManyRows e) {
            throw new UnreadableFileException("tooManyRows", e.limit);
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new UnreadableFileException("notSpreadsheet");
        } catch (IOException | SAXException | RuntimeException e) {
            throw new UnreadableFileException(bomb(e) ? "bomb" : "notSpreadsheet");
        } catch (Exception e) {
            throw new UnreadableFileException("notSpreadsheet");
        }
    }

    /** POI's words when an entry inflates beyond its ratio or size limits. */
    private static boolean bomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("Zip bomb") || m.contains("MIN_INFLATE_RATIO") || m.contains("MAX_ENTRY_SIZE"))) {
                return true;
            }
        }
        return false;
    }

    private static void csv(byte[] bytes, Collector rows) {
        String text = decode(bytes);
        try (Reader in = new StringReader(text)) {
            for (CSVRecord r : CSVFormat.EXCEL.builder().setIgnoreSurroundingSpaces(false).get().parse(in)) {
                rows.accept(new SheetRow((int) r.getRecordNumber(), r.toList(), Set.of()));
            }
        } catch (TooManyRows e) {
            throw new UnreadableFileException("tooManyRows", e.limit);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("notSpreadsheet");
        }
    }

    private static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            String s = new String(bytes, Charset.forName("GB18030"));
            if (s.indexOf('\u0000') >= 0) {
                throw new UnreadableFileException("notSpreadsheet");
            }
            return s;
        }
    }

    private static final class TooManyRows extends RuntimeException {
        final int limit;

        TooManyRows(int limit) {
            super(null, null, false, false);
            this.limit = limit;
        }
    }

    /** Finds the header, then turns each following non-blank row into an import row. */
    private static final class Collector implements Consumer<SheetRow> {
        private final String fileName;
        private final int maxRows;
        private final List<SheetRow> beforeHeader = new ArrayList<>();
        private final List<ImportRow> rows = new ArrayList<>();
        private final List<String> ignored = new ArrayList<>();
        private Map<Integer, ImportColumn> header;

        Collector(String fileName, int maxRows) {
            this.fileName = fileName;
            this.maxRows = maxRows;
        }

        @Override
        public void accept(SheetRow row) {
            if (header == null) {
                Map<Integer, ImportColumn> h = header(row);
                if (h.size() >= HEADER_MATCHES) {
                    header = h;
                } else if (beforeHeader.size() < HEADER_WITHIN) {
                    beforeHeader.add(row);
                }
                return;
            }
            if (row.cells().stream().allMatch(c -> c == null || c.isBlank())) {
                return;
            }
            if (rows.size() >= maxRows) {
                throw new TooManyRows(maxRows);
            }
            Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);
            Set<ImportColumn> numeric = new HashSet<>();
            header.forEach((i, c) -> {
                if (i < row.cells().size()) {
                    cells.put(c, row.cells().get(i));
                    if (row.numeric().contains(i)) {
                        numeric.add(c);
                    }
                }
            });
            rows.add(new ImportRow(row.number(), cells, numeric));
        }

        private Map<Integer, ImportColumn> header(SheetRow row) {
            Map<Integer, ImportColumn> h = new HashMap<>();
            Set<ImportColumn> seen = new HashSet<>();
            List<String> unknown = new ArrayList<>();
            for (int i = 0; i < row.cells().size(); i++) {
                String cell = row.cells().get(i);
                Optional<ImportColumn> c = ImportColumn.byHeader(cell);
                if (c.isPresent() && seen.add(c.get())) {
                    h.put(i, c.get());
                } else if (cell != null && !cell.isBlank()) {
                    unknown.add(cell.strip());
                }
            }
            if (h.size() >= HEADER_MATCHES) {
                ignored.addAll(unknown);
            }
            return h;
        }

        ImportFile file() {
            if (header == null) {
                throw new UnreadableFileException("noHeader");
            }
            if (rows.isEmpty()) {
                throw new UnreadableFileException("noRows");
            }
            return new ImportFile(fileName, Set.copyOf(header.values()), rows, ignored);
        }
    }
}
