package org.newsgraph.backend.opennlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.model.Tokens;
import org.newsgraph.tokens.GluedTokenSplitter;
import org.newsgraph.tokens.SentenceRepair;
import org.newsgraph.tokens.Tokenizer;

/**
 * OpenNLP's statistical sentence detector and tokenizer (UD English EWT models from Maven
 * Central), paragraph by paragraph. The alternative to {@code CoreNlpTokenizer}, kept for
 * comparison: see README, "Tokens and sentences".
 */
public final class OpenNlpTokenizer implements Tokenizer {
    public static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    public static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private final ThreadSafeSentenceDetectorME sentences;
    private final ThreadSafeTokenizerME tokenizer;

    public OpenNlpTokenizer() {
        try (InputStream s = open(SENTENCE_MODEL); InputStream t = open(TOKEN_MODEL)) {
            sentences = new ThreadSafeSentenceDetectorME(new SentenceModel(s));
            tokenizer = new ThreadSafeTokenizerME(new TokenizerModel(t));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = OpenNlpTokenizer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path");
        }
        return in;
    }

    @Override
    public Tokens tokenize(String text, List<Span> paragraphs) {
        List<Token> tokens = new ArrayList<>();
        List<Sentence> out = new ArrayList<>();
        for (Span para : paragraphs) {
            String p = para.of(text);
            List<List<Token>> paraSentences = new ArrayList<>();
            for (opennlp.tools.util.Span s : sentences.sentPosDetect(p)) {
                String sentence = s.getCoveredText(p).toString();
                List<Token> sentenceTokens = new ArrayList<>();
                for (opennlp.tools.util.Span t : tokenizer.tokenizePos(sentence)) {
                    int b = para.begin() + s.getStart() + t.getStart();
                    int e = para.begin() + s.getStart() + t.getEnd();
                    sentenceTokens.add(new Token(new Span(b, e), text.substring(b, e)));
                }
                sentenceTokens = GluedTokenSplitter.split(sentenceTokens);
                if (!sentenceTokens.isEmpty()) {
                    paraSentences.add(sentenceTokens);
                }
            }
            for (List<Token> sentenceTokens : SentenceRepair.repair(paraSentences, text)) {
                int first = tokens.size();
                tokens.addAll(sentenceTokens);
                out.add(new Sentence(new Span(sentenceTokens.get(0).span().begin(),
                        sentenceTokens.get(sentenceTokens.size() - 1).span().end()), first, tokens.size()));
            }
        }
        return new Tokens(tokens, out);
    }
}
