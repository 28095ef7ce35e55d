package vn.bantin.site.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.StringReader;

import jakarta.json.Json;

import org.junit.jupiter.api.Test;

class SharingTest {

    @Test
    void json_ld_cannot_close_or_reopen_its_script_element_and_reads_back_the_same() {
        String title = "Hội nghị </script><!--<script>alert(1)</script> & \u2028 <b>";
        String json = Json.createObjectBuilder().add("headline", title).build().toString();
        String safe = Sharing.forScriptElement(json);
        assertFalse(safe.contains("<") || safe.contains(">") || safe.contains("&") || safe.contains("\u2028"), safe);
        try (var reader = Json.createReader(new StringReader(safe))) {
            assertEquals(title, reader.readObject().getString("headline"));
        }
    }
}
