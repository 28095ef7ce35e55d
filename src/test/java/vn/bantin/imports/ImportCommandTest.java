package vn.bantin.imports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ImportCommandTest {

    /** What the command prints before it stops at the missing folder. */
    private static String printed(String portal) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(RuntimeException.class, () -> ImportCommand.run(new String[] {"--portal", portal, "/khong/co/thu-muc"},
                Map.of("BANTIN_IMPORT_TOKEN", "bt_thu"), new PrintStream(out, true, StandardCharsets.UTF_8)));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void plain_http_to_another_machine_is_warned_about_and_the_credentials_named() {
        assertTrue(printed("http://tintuc.example.gov.vn").contains("warning: http://tintuc.example.gov.vn is plain HTTP"));
        assertFalse(printed("https://tintuc.example.gov.vn").contains("warning"));
        assertFalse(printed("http://127.0.0.1:8080").contains("warning"), "this machine: nothing crosses a network");
        assertFalse(printed("http://localhost:8080").contains("warning"));
    }
}
