package vn.bantin.listening;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

/**
 * How long a reading lasts, read from the file itself: Ogg Opus (the last page's granule position
 * less the pre-skip, at 48 kHz) and WAV (data size over byte rate). Other formats: unknown.
 */
public final class AudioLength {

    private AudioLength() {
    }

    public static OptionalLong millis(byte[] audio, String mediaType) {
        try {
            if (mediaType.startsWith("audio/ogg")) {
                return ogg(audio);
            }
            if (mediaType.startsWith("audio/wav") || mediaType.startsWith("audio/x-wav")) {
                return wav(audio);
            }
        } catch (RuntimeException malformed) {
            // A file this code cannot read still plays; its length is simply not shown.
        }
        return OptionalLong.empty();
    }

    private static OptionalLong ogg(byte[] audio) {
        if (!startsWith(audio, 0, "OggS")) {
            return OptionalLong.empty();
        }
        int segments = audio[26] & 0xFF;
        int body = 27 + segments;
        if (!startsWith(audio, body, "OpusHead")) {
            return OptionalLong.empty();
        }
        int preSkip = ByteBuffer.wrap(audio, body + 10, 2).order(ByteOrder.LITTLE_ENDIAN).getShort() & 0xFFFF;
        for (int at = audio.length - 27; at >= 0; at--) {
            if (startsWith(audio, at, "OggS")) {
                long granule = ByteBuffer.wrap(audio, at + 6, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
                return granule > preSkip ? OptionalLong.of((granule - preSkip) * 1000 / 48_000) : OptionalLong.empty();
            }
        }
        return OptionalLong.empty();
    }

    private static OptionalLong wav(byte[] audio) {
        if (!startsWith(audio, 0, "RIFF") || !startsWith(audio, 8, "WAVE")) {
            return OptionalLong.empty();
        }
        ByteBuffer wav = ByteBuffer.wrap(audio).order(ByteOrder.LITTLE_ENDIAN);
        int byteRate = 0;
        for (int at = 12; at + 8 <= audio.length;) {
            int size = wav.getInt(at + 4);
            if (startsWith(audio, at, "fmt ")) {
                byteRate = wav.getInt(at + 8 + 8);
            } else if (startsWith(audio, at, "data") && byteRate > 0) {
                long data = Math.min(size & 0xFFFFFFFFL, audio.length - at - 8L);
                return OptionalLong.of(data * 1000 / byteRate);
            }
            at += 8 + size + (size & 1);
        }
        return OptionalLong.empty();
    }

    private static boolean startsWith(byte[] bytes, int at, String magic) {
        byte[] expected = magic.getBytes(StandardCharsets.US_ASCII);
        if (at < 0 || at + expected.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (bytes[at + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
