package vn.bantin.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import vn.bantin.bulletin.Bulletin;
import vn.bantin.bulletin.BulletinChanged;
import vn.bantin.category.CategoryChanged;
import vn.bantin.bulletin.BulletinStatus;
import vn.bantin.platform.PortalSettings;

/**
 * The full-text index of published bulletins, kept in {@code <data dir>/search}. Built from the
 * database at start when it is missing or does not match the database (its fingerprint is the
 * number of bulletins and sections and their latest changes), then kept current bulletin by bulletin as changes
 * are committed. Publication and expiry times are indexed too, so a bulletin scheduled for later
 * is found from its time on, and one that expired is not, without waiting for any job.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    static final String ID = "id";
    static final String CATEGORY = "category";
    static final String PUBLISHED = "published";
    static final String EXPIRES = "expires";
    private static final String PUBLISHED_ORDER = "published_order";
    private static final String FINGERPRINT = "fingerprint";
    /** Changes when the index's layout changes, so that an older index is rebuilt. */
    private static final String LAYOUT = "layout-2";
    /** Deep pages cost memory for every result before them; readers refine long before this. */
    public static final int MAX_RESULTS = 5000;

    private static final FieldType HIGHLIGHTED = highlighted();

    @PersistenceContext
    private EntityManager em;

    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;

    /** Opens (and if needed rebuilds) the index; a start-up step, after the schema and demo content. */
    public synchronized void open() {
        try {
            Path folder = PortalSettings.dataDirectory().resolve("search");
            directory = FSDirectory.open(folder);
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            searchers = new SearcherManager(writer, null);
            String expected = fingerprint();
            String found = writer.getLiveCommitData() == null ? null : commitData().get(FINGERPRINT);
            if (!expected.equals(found)) {
                long started = System.nanoTime();
                int count = rebuild();
                LOG.info(() -> "Search index rebuilt with " + count + " bulletins in "
                        + (System.nanoTime() - started) / 1_000_000 + " ms");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The search index cannot be opened", e);
        }
    }

    @PreDestroy
    synchronized void close() {
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                writer.close();
            }
            if (directory != null) {
                directory.close();
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The search index did not close cleanly; it is rebuilt at the next start if needed", e);
        }
    }

    /** Once the change is committed: the bulletin as it now is, or gone if no longer published. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) BulletinChanged change) {
        try {
            update(change.id());
        } catch (RuntimeException e) {
            // The index is rebuilt at the next start when it no longer matches the database.
            LOG.log(Level.WARNING, "Bulletin " + change.id() + " could not be indexed", e);
        }
    }

    /**
     * A section was added, renamed or removed: bulletins are indexed by section id, so nothing to
     * re-index, but the index now stands for the database as it is (CatchUp compares them).
     */
    void sectionChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CategoryChanged change) {
        try {
            synchronized (this) {
                if (writer != null) {
                    commit();
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The search index could not take section " + change.id() + " in", e);
        }
    }

    public synchronized void update(long id) {
        if (writer == null) {
            return; // not open yet: the start-up check will see the change
        }
        try {
            Bulletin bulletin = em.find(Bulletin.class, id,
                    Map.of("jakarta.persistence.cache.retrieveMode", jakarta.persistence.CacheRetrieveMode.BYPASS));
            Term key = new Term(ID, Long.toString(id));
            if (bulletin != null && bulletin.getStatus() == BulletinStatus.PUBLISHED && bulletin.getPublishedAt() != null) {
                writer.updateDocument(key, document(bulletin));
            } else {
                writer.deleteDocuments(key);
            }
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The database's fingerprint when it is not the one the index was last brought in line with
     * (a change this node never heard of); empty when in line, or before the index is open.
     */
    public synchronized Optional<String> outOfLine() {
        if (writer == null) {
            return Optional.empty();
        }
        String expected = fingerprint();
        return expected.equals(commitData().get(FINGERPRINT)) ? Optional.empty() : Optional.of(expected);
    }

    /** Indexes every published bulletin afresh; answers how many. */
    public synchronized int rebuild() throws IOException {
        writer.deleteAll();
        int count = 0;
        int batch = 500;
        Long after = 0L;
        while (true) {
            List<Bulletin> page = em.createQuery("SELECT b FROM Bulletin b WHERE b.status = :published AND b.id > :after"
                            + " ORDER BY b.id", Bulletin.class)
                    .setParameter("published", BulletinStatus.PUBLISHED)
                    .setParameter("after", after)
                    .setMaxResults(batch)
                    .getResultList();
            for (Bulletin bulletin : page) {
                if (bulletin.getPublishedAt() != null) {
                    writer.addDocument(document(bulletin));
                    count++;
                }
                after = bulletin.getId();
            }
            em.clear();
            if (page.size() < batch) {
                break;
            }
        }
        commit();
        return count;
    }

    /** One page of what matches, best first (or newest first when no words were given). */
    public SearchResults search(SearchQuery query, Long categoryId, Instant from, Instant until, int page, int size) {
        BooleanQuery.Builder filtered = new BooleanQuery.Builder()
                .add(query.matching(), Occur.MUST)
                .add(SearchQuery.visible(Instant.now(), from, until), Occur.FILTER);
        if (categoryId != null) {
            filtered.add(new TermQuery(new Term(CATEGORY, categoryId.toString())), Occur.FILTER);
        }
        Query whole = filtered.build();
        return withSearcher(searcher -> {
            int total = searcher.count(whole);
            int offset = (page - 1) * size;
            if (offset >= Math.min(total, MAX_RESULTS)) {
                return new SearchResults(total, List.of());
            }
            int wanted = Math.min(offset + size, MAX_RESULTS);
            TopDocs top = query.hasWords()
                    ? searcher.search(whole, wanted)
                    : searcher.search(whole, wanted, new Sort(new SortField(PUBLISHED_ORDER, SortField.Type.LONG, true)));
            TopDocs shown = new TopDocs(top.totalHits, java.util.Arrays.copyOfRange(top.scoreDocs,
                    Math.min(offset, top.scoreDocs.length), top.scoreDocs.length));
            return new SearchResults(total, hits(searcher, query, shown));
        });
    }

    /** A search on the index as last committed; the searcher is given back however it ends. */
    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.on(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface SearcherWork<T> {
        T on(IndexSearcher searcher) throws IOException;
    }

    /**
     * Bulletins like this one, best first: sharing its most telling words (Lucene's MoreLikeThis
     * over title, lead and body) and, above others, its section. Only what readers may see.
     */
    public List<Long> related(long id, long categoryId, int count) {
        return withSearcher(searcher -> {
            TopDocs own = searcher.search(new TermQuery(new Term(ID, Long.toString(id))), 1);
            if (own.scoreDocs.length == 0) {
                return List.<Long>of();
            }
            org.apache.lucene.queries.mlt.MoreLikeThis like = new org.apache.lucene.queries.mlt.MoreLikeThis(searcher.getIndexReader());
            like.setAnalyzer(analyzer());
            like.setFieldNames(new String[] {SearchQuery.TITLE, SearchQuery.LEAD, SearchQuery.BODY});
            like.setMinTermFreq(1);
            like.setMinDocFreq(1);
            like.setMinWordLen(2);
            like.setMaxQueryTerms(25);
            like.setMaxDocFreqPct(60);
            Query query = new BooleanQuery.Builder()
                    .add(like.like(own.scoreDocs[0].doc), Occur.SHOULD)
                    .add(new org.apache.lucene.search.BoostQuery(new TermQuery(new Term(CATEGORY, Long.toString(categoryId))), 3f), Occur.SHOULD)
                    .setMinimumNumberShouldMatch(1)
                    .add(new TermQuery(new Term(ID, Long.toString(id))), Occur.MUST_NOT)
                    .add(SearchQuery.visible(Instant.now(), null, null), Occur.FILTER)
                    .build();
            List<Long> ids = new ArrayList<>();
            for (var hit : searcher.search(query, count).scoreDocs) {
                ids.add(Long.parseLong(searcher.storedFields().document(hit.doc).get(ID)));
            }
            return ids;
        });
    }

    private List<SearchHit> hits(IndexSearcher searcher, SearchQuery query, TopDocs shown) throws IOException {
        List<SearchHit> hits = new ArrayList<>();
        if (shown.scoreDocs.length == 0) {
            return hits;
        }
        String[] titles;
        String[] leads;
        String[] excerpts;
        if (query.hasWords()) {
            Query words = query.matching();
            titles = highlighter(searcher, WholeBreakIterator::new, Integer.MAX_VALUE).highlight(SearchQuery.TITLE, words, shown, 1);
            leads = highlighter(searcher, WholeBreakIterator::new, Integer.MAX_VALUE).highlight(SearchQuery.LEAD, words, shown, 1);
            excerpts = highlighter(searcher, () -> BreakIterator.getSentenceInstance(Locale.forLanguageTag("vi")), 0)
                    .highlight(SearchQuery.BODY, words, shown, 2);
        } else {
            titles = new String[shown.scoreDocs.length];
            leads = new String[shown.scoreDocs.length];
            excerpts = new String[shown.scoreDocs.length];
        }
        for (int i = 0; i < shown.scoreDocs.length; i++) {
            Document stored = searcher.storedFields().document(shown.scoreDocs[i].doc);
            hits.add(new SearchHit(Long.parseLong(stored.get(ID)),
                    titles[i] != null ? titles[i] : escape(stored.get(SearchQuery.TITLE)),
                    leads[i] != null ? leads[i] : escape(stored.get(SearchQuery.LEAD)),
                    excerpts[i]));
        }
        return hits;
    }

    /** Marks matched words with mark elements in text that is otherwise HTML-escaped. */
    private UnifiedHighlighter highlighter(IndexSearcher searcher, java.util.function.Supplier<BreakIterator> breaks,
            int passagesWithoutMatch) {
        return new UnifiedHighlighter.Builder(searcher, analyzer())
                .withBreakIterator(breaks)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxNoHighlightPassages(passagesWithoutMatch)
                .build();
    }

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private Document document(Bulletin bulletin) {
        Document doc = new Document();
        doc.add(new StringField(ID, bulletin.getId().toString(), Field.Store.YES));
        doc.add(new StringField(CATEGORY, bulletin.getCategory().getId().toString(), Field.Store.NO));
        long published = bulletin.getPublishedAt().toEpochMilli();
        doc.add(new LongPoint(PUBLISHED, published));
        doc.add(new NumericDocValuesField(PUBLISHED_ORDER, published));
        doc.add(new LongPoint(EXPIRES, bulletin.getExpiresAt() == null ? Long.MAX_VALUE : bulletin.getExpiresAt().toEpochMilli()));
        text(doc, SearchQuery.TITLE, bulletin.getTitle());
        text(doc, SearchQuery.LEAD, bulletin.getLead());
        text(doc, SearchQuery.BODY, PlainText.of(bulletin.getBody()) + documents(bulletin));
        return doc;
    }

    /**
     * The official documents' numbers and abstracts, searched with the body: a reader finds a
     * bulletin by "123/QĐ-UBND" or "123/QD-UBND" (the folded field drops the marks) and sees the
     * matching document in the excerpt.
     */
    private static String documents(Bulletin bulletin) {
        StringBuilder text = new StringBuilder();
        for (vn.bantin.bulletin.OfficialDocument document : bulletin.getDocuments()) {
            text.append('\n');
            if (document.getNumber() != null) {
                text.append(document.getNumber()).append(". ");
            }
            if (document.getAbstractText() != null) {
                text.append(document.getAbstractText());
            }
        }
        return text.toString();
    }

    private static void text(Document doc, String field, String value) {
        String text = value == null ? "" : value;
        doc.add(new Field(field, text, HIGHLIGHTED));
        doc.add(new TextField(field + SearchQuery.EXACT, text, Field.Store.NO));
    }

    private void commit() throws IOException {
        writer.setLiveCommitData(Map.of(FINGERPRINT, fingerprint()).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    private Map<String, String> commitData() {
        Map<String, String> data = new java.util.HashMap<>();
        writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
        return data;
    }

    /** Changes whenever a bulletin is added or changed: their number and latest change time. */
    private String fingerprint() {
        Object[] bulletins = em.createQuery("SELECT COUNT(b), MAX(b.updatedAt) FROM Bulletin b", Object[].class)
                .getSingleResult();
        // Sections too: their names are on every page and in the index's section filter, and a
        // rename changes no bulletin row.
        Object[] sections = em.createQuery("SELECT COUNT(c), MAX(c.updatedAt) FROM Category c", Object[].class)
                .getSingleResult();
        return LAYOUT + "/" + bulletins[0] + "/" + bulletins[1] + "/" + sections[0] + "/" + sections[1];
    }

    private static Analyzer analyzer() {
        Analyzer exact = VietnameseAnalyzer.exact();
        return new PerFieldAnalyzerWrapper(VietnameseAnalyzer.folded(), Map.of(
                SearchQuery.TITLE + SearchQuery.EXACT, exact,
                SearchQuery.LEAD + SearchQuery.EXACT, exact,
                SearchQuery.BODY + SearchQuery.EXACT, exact));
    }

    /** Stored for highlighting, with offsets in the postings so highlights need no re-analysis. */
    private static FieldType highlighted() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
