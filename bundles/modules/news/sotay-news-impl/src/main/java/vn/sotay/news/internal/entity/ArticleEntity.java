package vn.sotay.news.internal.entity;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** An article as stored in NEWS_ARTICLE; timestamps are UTC. Never leaves {@code NewsStore}. */
@Entity
@Table(name = "NEWS_ARTICLE")
public class ArticleEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "TITLE")
    private String title;

    @Column(name = "SUMMARY")
    private String summary;

    @Column(name = "BODY")
    private String body;

    @Column(name = "AUTHOR_ACCOUNT_ID")
    private long authorAccountId;

    @Column(name = "AUTHOR_NAME")
    private String authorName;

    @Column(name = "SOURCE_NAME")
    private String sourceName;

    @Column(name = "SOURCE_URL")
    private String sourceUrl;

    @Column(name = "CATEGORY")
    private String category;

    @Column(name = "TAGS")
    private String tags;

    @Column(name = "FEATURED")
    private boolean featured;

    @Column(name = "FEATURED_ORDER")
    private int featuredOrder;

    @Column(name = "AUDIENCE_ORG_ID")
    private long audienceOrgId;

    @Column(name = "STATUS")
    private String status;

    @Column(name = "PUBLISH_AT")
    private LocalDateTime publishAt;

    @Column(name = "EXPIRES_AT")
    private LocalDateTime expiresAt;

    @Column(name = "VIEWS")
    private long views;

    @Column(name = "VERSION_NO")
    private int version;

    @Column(name = "LAST_COMMENT")
    private String lastComment;

    @Column(name = "CREATED_AT")
    private LocalDateTime createdAt;

    @Column(name = "UPDATED_AT")
    private LocalDateTime updatedAt;

    @Column(name = "INDEXED")
    private boolean indexed;

    @Column(name = "COVER_IMAGE_ID")
    private String coverImageId;

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public long getAuthorAccountId() { return authorAccountId; }
    public void setAuthorAccountId(long authorAccountId) { this.authorAccountId = authorAccountId; }
    public String getAuthorName() { return authorName; }
    public void setAuthorName(String authorName) { this.authorName = authorName; }
    public String getSourceName() { return sourceName; }
    public void setSourceName(String sourceName) { this.sourceName = sourceName; }
    public String getSourceUrl() { return sourceUrl; }
    public void setSourceUrl(String sourceUrl) { this.sourceUrl = sourceUrl; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getTags() { return tags; }
    public void setTags(String tags) { this.tags = tags; }
    public boolean isFeatured() { return featured; }
    public void setFeatured(boolean featured) { this.featured = featured; }
    public int getFeaturedOrder() { return featuredOrder; }
    public void setFeaturedOrder(int featuredOrder) { this.featuredOrder = featuredOrder; }
    public long getAudienceOrgId() { return audienceOrgId; }
    public void setAudienceOrgId(long audienceOrgId) { this.audienceOrgId = audienceOrgId; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public LocalDateTime getPublishAt() { return publishAt; }
    public void setPublishAt(LocalDateTime publishAt) { this.publishAt = publishAt; }
    public LocalDateTime getExpiresAt() { return expiresAt; }
    public void setExpiresAt(LocalDateTime expiresAt) { this.expiresAt = expiresAt; }
    public long getViews() { return views; }
    public void setViews(long views) { this.views = views; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public String getLastComment() { return lastComment; }
    public void setLastComment(String lastComment) { this.lastComment = lastComment; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
    public boolean isIndexed() { return indexed; }
    public void setIndexed(boolean indexed) { this.indexed = indexed; }
    public String getCoverImageId() { return coverImageId; }
    public void setCoverImageId(String coverImageId) { this.coverImageId = coverImageId; }
}
