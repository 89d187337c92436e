package org.newsgraph.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An article and the layers stages have added to it. Immutable: each {@code with…} returns a
 * new document, and a layer once added is never replaced.
 */
public final class Document {
    private final Article article;
    private final Map<Layer, Object> layers;

    public Document(Article article) {
        this(article, new EnumMap<>(Layer.class));
    }

    private Document(Article article, Map<Layer, Object> layers) {
        this.article = Objects.requireNonNull(article);
        this.layers = layers;
    }

    public Article article() {
        return article;
    }

    public String text() {
        return article.text();
    }

    public boolean has(Layer layer) {
        return layers.containsKey(layer);
    }

    public Language language() {
        return get(Layer.LANGUAGE, Language.class);
    }

    public Layout layout() {
        return get(Layer.LAYOUT, Layout.class);
    }

    public Tokens tokens() {
        return get(Layer.TOKENS, Tokens.class);
    }

    public PartsOfSpeech partsOfSpeech() {
        return get(Layer.POS, PartsOfSpeech.class);
    }

    @SuppressWarnings("unchecked")
    public List<NamedEntity> namedEntities() {
        return get(Layer.NAMED_ENTITIES, List.class);
    }

    public Entities entities() {
        return get(Layer.ENTITIES, Entities.class);
    }

    @SuppressWarnings("unchecked")
    public List<Quote> quotes() {
        return get(Layer.QUOTES, List.class);
    }

    @SuppressWarnings("unchecked")
    public List<Relation> relations() {
        return get(Layer.RELATIONS, List.class);
    }

    public Document withLanguage(Language l) {
        return with(Layer.LANGUAGE, l);
    }

    public Document withLayout(Layout l) {
        return with(Layer.LAYOUT, l);
    }

    public Document withTokens(Tokens t) {
        return with(Layer.TOKENS, t);
    }

    public Document withPartsOfSpeech(PartsOfSpeech p) {
        if (p.tags().size() != tokens().tokens().size()) {
            throw new IllegalArgumentException(p.tags().size() + " part-of-speech tags for " + tokens().tokens().size() + " tokens");
        }
        return with(Layer.POS, p);
    }

    public Document withNamedEntities(List<NamedEntity> n) {
        return with(Layer.NAMED_ENTITIES, List.copyOf(n));
    }

    public Document withEntities(Entities e) {
        return with(Layer.ENTITIES, e);
    }

    public Document withQuotes(List<Quote> q) {
        return with(Layer.QUOTES, List.copyOf(q));
    }

    public Document withRelations(List<Relation> r) {
        return with(Layer.RELATIONS, List.copyOf(r));
    }

    private Document with(Layer layer, Object value) {
        Objects.requireNonNull(value, layer.name());
        if (layers.containsKey(layer)) {
            throw new IllegalStateException("layer " + layer + " was already added");
        }
        Map<Layer, Object> copy = new EnumMap<>(Layer.class);
        copy.putAll(layers);
        copy.put(layer, value);
        return new Document(article, copy);
    }

    private <T> T get(Layer layer, Class<T> type) {
        Object v = layers.get(layer);
        if (v == null) {
            throw new IllegalStateException("layer " + layer + " has not been added");
        }
        return type.cast(v);
    }
}
