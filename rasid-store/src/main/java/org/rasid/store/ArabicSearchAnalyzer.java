package org.rasid.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Search analysis for Arabic news: Lucene's ArabicAnalyzer chain (digits, stop words,
 * normalisation of hamza/alef/ta marbuta/ya forms, tatweel and diacritics, light stemming of
 * the article and suffixes) with Persian ی ک folded first, because Syrian pages often carry them,
 * and a conjunction before an article dropped (وبالقصف → قصف).
 */
public final class ArabicSearchAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = new LowerCaseFilter(source);
        ts = new DecimalDigitFilter(ts);
        ts = new PersianNormalizationFilter(ts);
        ts = new StopFilter(ts, ArabicAnalyzer.getDefaultStopSet());
        ts = new ArabicNormalizationFilter(ts);
        ts = new ConjunctionFilter(ts);
        ts = new ArabicStemFilter(ts);
        return new TokenStreamComponents(source, ts);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        TokenStream ts = new LowerCaseFilter(in);
        ts = new DecimalDigitFilter(ts);
        ts = new PersianNormalizationFilter(ts);
        return new ArabicNormalizationFilter(ts);
    }
}
