package cn.yinling.hotline.console.binding;

import java.io.Serializable;
import java.util.List;

/**
 * A freshly issued one-time code and whom to read it to. Travels only as a flash attribute, so the
 * page after the approval shows it once; the database keeps the code's hash alone.
 */
record IssuedCode(long requestId, String code, String elderName, String relation, List<String> phones)
        implements Serializable {

    @Override
    public String toString() {
        return "IssuedCode[request=" + requestId + ", code=******]";
    }
}
