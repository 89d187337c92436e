package org.newsgraph.backend.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.model.Tokens;
import org.newsgraph.tokens.GluedTokenSplitter;
import org.newsgraph.tokens.SentenceRepair;
import org.newsgraph.tokens.Tokenizer;

/**
 * CoreNLP's PTB tokenizer and rule-based sentence splitter, run paragraph by paragraph so a
 * paragraph break always ends a sentence. Stateless, so safe to share between threads.
 */
public final class CoreNlpTokenizer implements Tokenizer {
    private static final String OPTIONS = "invertible=false,untokenizable=noneKeep,ptb3Escaping=false,"
            + "normalizeParentheses=false,normalizeOtherBrackets=false,splitHyphenated=false";

    @Override
    public Tokens tokenize(String text, List<Span> paragraphs) {
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (Span para : paragraphs) {
            List<Token> paraTokens = GluedTokenSplitter.split(tokenizeParagraph(text, para));
            for (List<Token> sentence : splitSentences(paraTokens, text)) {
                int first = tokens.size();
                tokens.addAll(sentence);
                Span s = new Span(sentence.get(0).span().begin(), sentence.get(sentence.size() - 1).span().end());
                sentences.add(new Sentence(s, first, tokens.size()));
            }
        }
        return new Tokens(tokens, sentences);
    }

    private static List<Token> tokenizeParagraph(String text, Span para) {
        PTBTokenizer<CoreLabel> tok = new PTBTokenizer<>(
                new StringReader(para.of(text)), new CoreLabelTokenFactory(), OPTIONS);
        List<Token> out = new ArrayList<>();
        while (tok.hasNext()) {
            CoreLabel l = tok.next();
            int b = para.begin() + l.beginPosition();
            int e = para.begin() + l.endPosition();
            if (e > b) {
                out.add(new Token(new Span(b, e), l.word()));
            }
        }
        return out;
    }

    private static List<List<Token>> splitSentences(List<Token> tokens, String text) {
        List<CoreLabel> labels = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel l = new CoreLabel();
            l.setWord(tokens.get(i).word());
            l.setValue(tokens.get(i).word());
            l.setIndex(i);
            labels.add(l);
        }
        List<List<Token>> out = new ArrayList<>();
        for (List<CoreLabel> sentence : new WordToSentenceProcessor<CoreLabel>().process(labels)) {
            if (sentence.isEmpty()) {
                continue;
            }
            out.add(tokens.subList(sentence.get(0).index(), sentence.get(sentence.size() - 1).index() + 1));
        }
        return SentenceRepair.repair(out, text);
    }
}
