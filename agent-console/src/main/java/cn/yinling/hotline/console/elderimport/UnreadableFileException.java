package cn.yinling.hotline.console.elderimport;

/** The file as a whole cannot be imported; {@code code} is worded as {@code elderImport.file.<code>}. */
class UnreadableFileException extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    UnreadableFileException(String code, Object... args) {
        super(code);
        this.code = code;
        this.args = args;
    }

    String code() {
        return code;
    }

    Object[] args() {
        return args;
    }
}
