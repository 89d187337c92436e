package org.newsgraph.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.apache.commons.io.FilenameUtils;
import org.newsgraph.model.Article;
import org.newsgraph.model.PageMetadata;
import org.newsgraph.read.html.HtmlPages;

/**
 * Turns a file into an {@link Article}: enforces the size limit, refuses binary data, decodes
 * UTF-8 (falling back to Windows-1252 when the bytes are not valid UTF-8), reads HTML pages
 * (article text and the page's own metadata, {@link HtmlPages}), and normalises to NFC.
 */
public final class ArticleReader {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private final long maxBytes;

    public ArticleReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("size limit must be positive");
        }
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public Article read(Path file) throws ArticleRejected {
        return read(file, FilenameUtils.getBaseName(file.getFileName().toString()));
    }

    /** {@code identifier}: the article's name in the output (a batch keeps the path under the folder given). */
    public Article read(Path file, String identifier) throws ArticleRejected {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new ArticleRejected("cannot read file: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        if (bytes.length > maxBytes) {
            throw new ArticleRejected("file is larger than the size limit of " + maxBytes + " bytes");
        }
        String name = file.getFileName().toString();
        return read(identifier, name, bytes);
    }

    /**
     * Reads a file's bytes as {@link #read(Path)} does: a saved fragment ("<article>…") does not
     * start like a page, but its file name says what it is.
     */
    public Article read(String identifier, String fileName, byte[] bytes) throws ArticleRejected {
        String ext = FilenameUtils.getExtension(fileName).toLowerCase(java.util.Locale.ROOT);
        return readBytes(identifier, bytes, ext.equals("html") || ext.equals("htm") || ext.equals("xhtml"));
    }

    public Article read(String identifier, byte[] bytes) throws ArticleRejected {
        return readBytes(identifier, bytes, false);
    }

    /** @param html read as a web page even when the text does not start like one */
    private Article readBytes(String identifier, byte[] bytes, boolean html) throws ArticleRejected {
        if (bytes.length > maxBytes) {
            throw new ArticleRejected("file is larger than the size limit of " + maxBytes + " bytes");
        }
        if (bytes.length == 0) {
            throw new ArticleRejected("file is empty");
        }
        int nul = indexOfNul(bytes);
        if (nul >= 0) {
            throw new ArticleRejected("binary data: NUL byte at offset " + nul);
        }
        String encoding = "UTF-8";
        boolean fallback = false;
        String text;
        try {
            text = strictly(StandardCharsets.UTF_8, bytes);
        } catch (CharacterCodingException e) {
            text = new String(bytes, WINDOWS_1252);
            encoding = "windows-1252";
            fallback = true;
        }
        return fromText(identifier, text, encoding, fallback, html);
    }

    /**
     * Reads bytes whose charset the sender declared (as an HTTP Content-Type does). UTF-8, or no
     * declaration, is read exactly as a file is; bytes not valid in another declared charset are
     * refused rather than guessed at.
     */
    public Article read(String identifier, byte[] bytes, Charset declared) throws ArticleRejected {
        if (declared == null || declared.equals(StandardCharsets.UTF_8)) {
            return read(identifier, bytes);
        }
        if (bytes.length > maxBytes) {
            throw new ArticleRejected("file is larger than the size limit of " + maxBytes + " bytes");
        }
        if (bytes.length == 0) {
            throw new ArticleRejected("file is empty");
        }
        try {
            return fromText(identifier, strictly(declared, bytes), declared.name(), false, false);
        } catch (CharacterCodingException e) {
            throw new ArticleRejected("the bytes are not valid " + declared.name());
        }
    }

    private static String strictly(Charset charset, byte[] bytes) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static Article fromText(String identifier, String text, String encoding, boolean fallback, boolean html) throws ArticleRejected {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        PageMetadata page = null;
        if (html && text.indexOf('<') >= 0 || HtmlPages.looksLikeHtml(text)) {
            HtmlPages.PageText read = HtmlPages.read(text);
            text = read.text(); // already NFC, paragraph by paragraph, so the page's spans stay exact
            page = read.metadata();
            encoding = encoding + "+html";
            if (text.isBlank()) {
                throw new ArticleRejected("HTML page without article text: no headline and no paragraphs found");
            }
        }
        if (controlCharacterShare(text) > 0.05) {
            throw new ArticleRejected("binary data: too many control characters for text");
        }
        if (page == null) {
            text = Normalizer.normalize(text, Normalizer.Form.NFC);
        }
        if (text.isBlank()) {
            throw new ArticleRejected("file holds only white space");
        }
        return new Article(identifier, text, encoding, fallback, page);
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static double controlCharacterShare(String text) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return text.isEmpty() ? 0 : (double) control / text.length();
    }
}
