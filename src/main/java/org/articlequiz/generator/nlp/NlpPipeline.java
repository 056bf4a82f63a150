package org.articlequiz.generator.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.lang.System.Logger.Level;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * A trimmed CoreNLP pipeline: tokenize, ssplit, pos, lemma, a light NER (one CRF model, the small cased
 * gazetteer for fine-grained place types, SUTime for dates and the numeric classifiers) and the neural dependency
 * parser (Universal Dependencies), which lets stems be cut to the clause that states the fact (issue 10). No
 * constituency parser and no coreference: the spike of issue 3 measured them at 3–5x the cost.
 *
 * <p>Loading takes seconds and about 400 MB, so there is one instance per JVM, created on first use
 * ({@link #shared()}). {@link #annotate} may be called from any thread.
 *
 * <p>The model files named here are the only ones the build copies out of the models jar (pom.xml,
 * GENERATOR-BUILD); a model added here must be added there too.
 */
public final class NlpPipeline {

    private static final System.Logger LOG = System.getLogger(NlpPipeline.class.getName());

    static final String POS_MODEL = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
    static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    static final String DEPENDENCY_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
    static final String PLACE_TYPES = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_cased.tab";

    private final StanfordCoreNLP pipeline;
    private final long loadMillis;

    private NlpPipeline() {
        long t0 = System.nanoTime();
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        p.setProperty("tokenize.language", "en");
        // Paragraphs are separated by blank lines; a sentence never runs across them.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("pos.model", POS_MODEL);
        p.setProperty("ner.model", NER_MODEL);
        p.setProperty("ner.applyNumericClassifiers", "true");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("ner.applyFineGrained", "true");
        p.setProperty("ner.fine.regexner.mapping", PLACE_TYPES);
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("depparse.model", DEPENDENCY_MODEL);
        p.setProperty("ner.additional.regexner.mapping", "");
        p.setProperty("ner.additional.tokensregex.rules", "");
        pipeline = new StanfordCoreNLP(p);
        loadMillis = (System.nanoTime() - t0) / 1_000_000;
        LOG.log(Level.INFO, "CoreNLP pipeline loaded in {0} ms", loadMillis);
    }

    private static final class Holder {
        static final NlpPipeline INSTANCE = new NlpPipeline();
    }

    /** The pipeline of this JVM, loaded on the first call (thread-safe, by the holder idiom). */
    public static NlpPipeline shared() {
        return Holder.INSTANCE;
    }

    public long loadMillis() {
        return loadMillis;
    }

    /**
     * Annotates a text. {@code documentDate} anchors relative dates ("on Friday"); without it they stay
     * unresolved (SUTime values such as {@code XXXX-WXX-5}).
     */
    public AnnotatedText annotate(String text, Optional<LocalDate> documentDate) {
        CoreDocument doc = new CoreDocument(text);
        documentDate.ifPresent(d -> doc.annotation().set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
        pipeline.annotate(doc);
        List<AnnotatedSentence> sentences = new ArrayList<>();
        int tokenCount = 0;
        for (CoreSentence s : doc.sentences()) {
            List<CoreLabel> labels = s.tokens();
            List<Token> tokens = new ArrayList<>(labels.size());
            int firstIndex = labels.isEmpty() ? 0 : labels.get(0).index();
            int[] heads = new int[labels.size()];
            String[] rels = new String[labels.size()];
            java.util.Arrays.fill(heads, -1);
            java.util.Arrays.fill(rels, "root");
            SemanticGraph tree = s.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            if (tree != null) {
                for (SemanticGraphEdge e : tree.edgeIterable()) {
                    int dep = e.getDependent().index() - firstIndex;
                    if (dep >= 0 && dep < heads.length) {
                        heads[dep] = e.getGovernor().index() - firstIndex;
                        rels[dep] = e.getRelation().toString();
                    }
                }
            }
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel l = labels.get(i);
                tokens.add(new Token(l.word(), l.lemma() == null ? l.word() : l.lemma(), l.tag(),
                        l.ner() == null ? "O" : l.ner(), l.beginPosition(), l.endPosition(), heads[i], rels[i]));
            }
            tokenCount += tokens.size();
            List<Mention> mentions = new ArrayList<>();
            if (s.entityMentions() != null) {
                for (CoreEntityMention m : s.entityMentions()) {
                    List<CoreLabel> mt = m.tokens();
                    if (mt.isEmpty()) {
                        continue;
                    }
                    int first = mt.get(0).index() - firstIndex;
                    int end = mt.get(mt.size() - 1).index() - firstIndex + 1;
                    String normalized = m.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                    int start = mt.get(0).beginPosition();
                    int stop = mt.get(mt.size() - 1).endPosition();
                    mentions.add(new Mention(m.entityType(), text.substring(start, stop), start, stop, first, end,
                            normalized));
                }
            }
            int start = labels.isEmpty() ? 0 : labels.get(0).beginPosition();
            int end = labels.isEmpty() ? 0 : labels.get(labels.size() - 1).endPosition();
            sentences.add(new AnnotatedSentence(sentences.size(), text.substring(start, end), start, end, tokens,
                    mentions));
        }
        return new AnnotatedText(sentences, tokenCount);
    }
}
