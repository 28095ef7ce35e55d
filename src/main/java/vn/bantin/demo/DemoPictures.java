package vn.bantin.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Draws simple illustrations for the demo bulletins, so the demo needs no photo files. Each
 * scene matches the alt text written for it in {@code demo/content.json}.
 */
final class DemoPictures {

    static final int WIDTH = 960;
    static final int HEIGHT = 540;

    private DemoPictures() {
    }

    static byte[] jpeg(String scene, long seed) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Random random = new Random(seed);
        switch (scene) {
            case "hall", "podium" -> hall(g, random, "podium".equals(scene));
            case "field" -> field(g, random);
            case "road" -> road(g);
            case "school" -> school(g);
            case "festival" -> festival(g, random);
            case "factory", "market", "office", "museum" -> interior(g, random, scene);
            default -> sky(g);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void sky(Graphics2D g) {
        g.setPaint(new GradientPaint(0, 0, new Color(0x7EB6E8), 0, HEIGHT / 2f, new Color(0xD8ECFA)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
    }

    private static void hall(Graphics2D g, Random random, boolean podium) {
        g.setColor(new Color(0x2C3E66));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0xB3261E));
        g.fillRect(120, 40, WIDTH - 240, 70);
        g.setColor(new Color(0xFFD54F));
        g.fillRect(160, 65, WIDTH - 320, 20);
        g.setColor(new Color(0x5D4037));
        g.fillRect(60, 200, WIDTH - 120, 30);
        if (podium) {
            g.setColor(new Color(0x8D6E63));
            g.fillRect(WIDTH / 2 - 60, 150, 120, 180);
            g.setColor(new Color(0xF8BBD0));
            g.fillOval(WIDTH / 2 - 40, 130, 80, 40);
            g.setColor(new Color(0xFFE0B2));
            g.fillOval(WIDTH / 2 - 25, 80, 50, 55);
        }
        for (int row = 0; row < 5; row++) {
            for (int seat = 0; seat < 14; seat++) {
                int x = 50 + seat * 63 + (row % 2) * 20;
                int y = 270 + row * 52;
                g.setColor(new Color(0x1A237E));
                g.fillRoundRect(x - 5, y + 18, 50, 30, 8, 8);
                g.setColor(random.nextBoolean() ? new Color(0x212121) : new Color(0x4E342E));
                g.fillOval(x + 5, y, 30, 30);
            }
        }
    }

    private static void field(Graphics2D g, Random random) {
        sky(g);
        g.setColor(new Color(0x4C8C4A));
        g.fillOval(-200, 180, 800, 200);
        g.fillOval(400, 170, 800, 220);
        g.setPaint(new GradientPaint(0, 260, new Color(0xC8A437), 0, HEIGHT, new Color(0x8BAA3A)));
        g.fillRect(0, 260, WIDTH, HEIGHT - 260);
        g.setColor(new Color(0x6B7F2A));
        for (int i = 0; i < 400; i++) {
            int x = random.nextInt(WIDTH);
            int y = 270 + random.nextInt(HEIGHT - 270);
            g.drawLine(x, y, x + random.nextInt(5) - 2, y - 8 - random.nextInt(8));
        }
        g.setColor(Color.WHITE);
        g.fillOval(150, 60, 120, 40);
        g.fillOval(600, 90, 160, 45);
    }

    private static void road(Graphics2D g) {
        sky(g);
        g.setColor(new Color(0x66A05A));
        g.fillRect(0, 220, WIDTH, HEIGHT - 220);
        g.setColor(new Color(0x424242));
        g.fillPolygon(new int[] {430, 530, 820, 140}, new int[] {220, 220, HEIGHT, HEIGHT}, 4);
        g.setColor(Color.WHITE);
        for (int y = 240; y < HEIGHT; y += 50) {
            g.fillRect(476, y, 8, 24);
        }
        g.setColor(new Color(0x9E9E9E));
        for (int i = 0; i < 5; i++) {
            int y = 230 + i * 60;
            g.fillRect(380 - i * 60, y - 60 - i * 10, 6, 60 + i * 10);
            g.fillRect(580 + i * 60, y - 60 - i * 10, 6, 60 + i * 10);
        }
    }

    private static void school(Graphics2D g) {
        sky(g);
        g.setColor(new Color(0x4C7A3F));
        g.fillPolygon(new int[] {0, 300, 700, WIDTH, WIDTH, 0}, new int[] {300, 150, 200, 120, HEIGHT, HEIGHT}, 6);
        g.setColor(new Color(0xEEE3C8));
        g.fillRect(220, 260, 520, 150);
        g.setColor(new Color(0xC62828));
        g.fillPolygon(new int[] {200, 760, 700, 260}, new int[] {265, 265, 210, 210}, 4);
        g.setColor(new Color(0x5D4037));
        for (int i = 0; i < 5; i++) {
            g.fillRect(250 + i * 100, 300, 50, 60);
        }
        g.setColor(new Color(0x9E9E9E));
        g.fillRect(120, 180, 6, 260);
        g.setColor(new Color(0xD32F2F));
        g.fillRect(126, 180, 60, 40);
    }

    private static void festival(Graphics2D g, Random random) {
        g.setColor(new Color(0xE0C9A6));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        Color[] costumes = {new Color(0xC62828), new Color(0x1565C0), new Color(0x2E7D32), new Color(0xF9A825),
            new Color(0x6A1B9A)};
        for (int i = 0; i < 16; i++) {
            double angle = 2 * Math.PI * i / 16;
            int x = (int) (WIDTH / 2 + Math.cos(angle) * 320) - 20;
            int y = (int) (HEIGHT / 2 + Math.sin(angle) * 170) - 40;
            g.setColor(costumes[random.nextInt(costumes.length)]);
            g.fillRoundRect(x, y + 30, 40, 70, 10, 10);
            g.setColor(new Color(0x6D4C41));
            g.fillOval(x + 8, y + 5, 26, 28);
        }
    }

    private static void interior(Graphics2D g, Random random, String scene) {
        g.setColor(new Color(0xECEFF1));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0xB0BEC5));
        g.fillRect(0, 380, WIDTH, HEIGHT - 380);
        switch (scene) {
            case "factory" -> {
                g.setColor(new Color(0x4FC3F7));
                for (int i = 0; i < 4; i++) {
                    g.fillRect(60 + i * 220, 300, 180, 90);
                }
                g.setColor(new Color(0x90A4AE));
                g.fillRect(320, 120, 320, 150);
            }
            case "market" -> {
                for (int i = 0; i < 30; i++) {
                    g.setColor(new Color(0xD7CCC8).darker());
                    g.fillRoundRect(80 + (i % 10) * 80, 200 + (i / 10) * 60, 70, 55, 12, 12);
                    g.setColor(new Color(0x2E7D32));
                    g.fillRect(100 + (i % 10) * 80, 215 + (i / 10) * 60, 30, 12);
                }
            }
            case "office" -> {
                g.setColor(new Color(0x795548));
                g.fillRect(100, 300, 760, 90);
                g.setColor(new Color(0x263238));
                g.fillRect(200, 200, 160, 100);
                g.fillRect(600, 200, 160, 100);
                g.setColor(new Color(0x4FC3F7));
                g.fillRect(210, 210, 140, 80);
                g.fillRect(610, 210, 140, 80);
            }
            default -> {
                for (int i = 0; i < 4; i++) {
                    g.setColor(new Color(0x8D6E63));
                    g.fillRect(80 + i * 220, 60, 160, 110);
                    g.setColor(new Color(0xFFF8E1));
                    g.fillRect(90 + i * 220, 70, 140, 90);
                    g.setColor(new Color(0xB3E5FC, true));
                    g.fillRect(70 + i * 220, 260, 180, 120);
                    g.setColor(new Color(0xA1887F));
                    g.fillOval(130 + i * 220, 300 + random.nextInt(20), 60, 40);
                }
            }
        }
    }
}
