package org.rasid.clean;

/** What a line (or part of one) of a page is. Only BODY and TICKER are news text. */
public enum BlockKind {
    BODY(true),
    /** one item of a breaking-news ticker: news, but its own story */
    TICKER(true),
    TITLE(false),
    /** a site name glued to a title ("… - It's Over 9000!") */
    SITE_NAME(false),
    /** "outlet – (editor)" line */
    BYLINE(false),
    /** "outlet-place" line at the head of the article ("سمارت-درعا") */
    DATELINE(false),
    PUBLISHED(false),
    EDITOR(false),
    TICKER_HEAD(false),
    RELATED(false),
    /** a short heading inside the body that announces the paragraph below it */
    CROSSHEAD(false),
    MOST_READ(false),
    COMMENTS(false),
    SHARE(false),
    /** page chrome: icon names, menu words */
    UI(false);

    private final boolean news;

    BlockKind(boolean news) {
        this.news = news;
    }

    /** True for the text stories are made of. */
    public boolean isNews() {
        return news;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
