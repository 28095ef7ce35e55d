package vn.bantin.listening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeechEngineTest {

    @TempDir
    Path programs;

    private Path program(String name) throws Exception {
        Path file = programs.resolve(name);
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    @Test
    void espeak_ng_on_the_path_is_the_default_with_opusenc_to_compress() throws Exception {
        program("espeak-ng");
        assertEquals("audio/wav", SpeechEngine.find(Optional.empty(), Optional.empty(), programs.toString()).orElseThrow().mediaType(),
                "without opusenc the WAV is kept as it is");
        program("opusenc");
        SpeechEngine engine = SpeechEngine.find(Optional.empty(), Optional.empty(), "/nowhere:" + programs).orElseThrow();
        assertEquals("audio/ogg", engine.mediaType());
    }

    @Test
    void nothing_installed_or_turned_off_means_no_engine() throws Exception {
        assertTrue(SpeechEngine.find(Optional.empty(), Optional.empty(), programs.toString()).isEmpty());
        assertTrue(SpeechEngine.find(Optional.empty(), Optional.empty(), null).isEmpty());
        program("espeak-ng");
        assertTrue(SpeechEngine.find(Optional.of("off"), Optional.empty(), programs.toString()).isEmpty());
        assertTrue(SpeechEngine.find(Optional.of("/khong/co/lenh {text} {audio}"), Optional.empty(), programs.toString()).isEmpty(),
                "a configured program that is not installed");
        Path voice = program("giong-doc");
        assertTrue(SpeechEngine.find(Optional.of(voice + " {text}"), Optional.empty(), programs.toString()).isEmpty(),
                "a command that says nowhere where to write");
    }

    @Test
    void a_configured_command_is_run_with_the_text_and_audio_files_in_place() throws Exception {
        Path voice = programs.resolve("giong-doc");
        // Writes the text it was given, upper-cased, as its "audio".
        Files.writeString(voice, "#!/bin/sh\ntr '[:lower:]' '[:upper:]' < \"$1\" > \"$2\"\n");
        Files.setPosixFilePermissions(voice, PosixFilePermissions.fromString("rwxr-xr-x"));
        SpeechEngine engine = SpeechEngine.find(Optional.of(voice + " {text} {audio}"), Optional.of("audio/mpeg"), "").orElseThrow();
        assertEquals("audio/mpeg", engine.mediaType());
        assertEquals("HOI NGHI", new String(engine.speak("hoi nghi"), StandardCharsets.UTF_8));
        Path failing = programs.resolve("hong");
        Files.writeString(failing, "#!/bin/sh\necho 'giong doc hong' >&2\nexit 3\n");
        Files.setPosixFilePermissions(failing, PosixFilePermissions.fromString("rwxr-xr-x"));
        SpeechEngine broken = SpeechEngine.find(Optional.of(failing + " {text} {audio}"), Optional.empty(), "").orElseThrow();
        java.io.IOException refused = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> broken.speak("x"));
        assertTrue(refused.getMessage().contains("giong doc hong"), refused.getMessage());
    }

    @Test
    void the_length_is_read_from_wav_and_ogg_opus_files() {
        // WAV: 22050 Hz mono 16-bit (44100 bytes a second), 88200 bytes of samples: 2 s.
        ByteBuffer wav = ByteBuffer.allocate(44 + 88200).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + 88200).put("WAVE".getBytes(StandardCharsets.US_ASCII));
        wav.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(22050).putInt(44100).putShort((short) 2).putShort((short) 16);
        wav.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(88200);
        assertEquals(OptionalLong.of(2000), AudioLength.millis(wav.array(), "audio/wav"));

        // Ogg Opus: the head page (pre-skip 312) and a last page at granule 312 + 3.5 s at 48 kHz.
        ByteBuffer ogg = ByteBuffer.allocate(200).order(ByteOrder.LITTLE_ENDIAN);
        ogg.put("OggS".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) 2).putLong(0).putInt(1).putInt(0).putInt(0)
                .put((byte) 1).put((byte) 19);
        ogg.put("OpusHead".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 1).putShort((short) 312).putInt(48000)
                .putShort((short) 0).put((byte) 0);
        ogg.put("OggS".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) 4).putLong(312 + 168_000).putInt(1).putInt(2)
                .putInt(0).put((byte) 0);
        assertEquals(OptionalLong.of(3500), AudioLength.millis(ogg.array(), "audio/ogg"));

        assertFalse(AudioLength.millis("not audio".getBytes(StandardCharsets.US_ASCII), "audio/ogg").isPresent());
        assertFalse(AudioLength.millis(new byte[] {1, 2}, "audio/mpeg").isPresent(), "other formats: unknown");
    }
}
