package vn.bantin.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/p", "/\\evil.example", "https://evil.example/", "evil.example",
            "/%2fevil.example/p", "/%5Cevil.example", "/\u0000x", "/\r\nSet-Cookie:a=b",
            "/\u202eevil", "/\ud800x", "/\u0085x", ""})
    void anything_that_could_lead_off_the_site_returns_home(String candidate) {
        assertEquals("/", LocalPath.orHome(candidate));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/tin-tuc/hoi-nghi-tong-ket", "/tim-kiem?q=h%E1%BB%99i+ngh%E1%BB%8B&trang=2", "/chuyen-muc/thoi-su#noi-dung"})
    void paths_of_this_site_are_kept(String candidate) {
        assertEquals(candidate, LocalPath.orHome(candidate));
    }

    @org.junit.jupiter.api.Test
    void letters_beyond_ascii_are_sent_percent_encoded_so_no_header_encoder_can_narrow_them() {
        assertEquals("/tim-kiem?q=h%E1%BB%99i", LocalPath.orHome("/tim-kiem?q=hội"));
        // U+012F narrowed to 8 bits would be "/": sent encoded, it stays a path of this site.
        assertEquals("/%C4%AFevil.example/p", LocalPath.orHome("/\u012fevil.example/p"));
    }
}
