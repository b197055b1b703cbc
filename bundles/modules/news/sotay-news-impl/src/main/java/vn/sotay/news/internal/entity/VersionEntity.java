package vn.sotay.news.internal.entity;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** One saved change of an article (NEWS_VERSION): its content then, who saved it, when, and why. */
@Entity
@Table(name = "NEWS_VERSION")
public class VersionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "ARTICLE_ID")
    private long articleId;

    @Column(name = "VERSION_NO")
    private int number;

    @Column(name = "TITLE")
    private String title;

    @Column(name = "SUMMARY")
    private String summary;

    @Column(name = "BODY")
    private String body;

    @Column(name = "EDITOR_ACCOUNT_ID")
    private long editorAccountId;

    @Column(name = "EDITOR_NAME")
    private String editorName;

    @Column(name = "SAVED_AT")
    private LocalDateTime savedAt;

    @Column(name = "STATUS")
    private String status;

    @Column(name = "CHANGE_KIND")
    private String kind;

    @Column(name = "COMMENT_TEXT")
    private String comment;

    public Long getId() { return id; }
    public long getArticleId() { return articleId; }
    public void setArticleId(long articleId) { this.articleId = articleId; }
    public int getNumber() { return number; }
    public void setNumber(int number) { this.number = number; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public long getEditorAccountId() { return editorAccountId; }
    public void setEditorAccountId(long editorAccountId) { this.editorAccountId = editorAccountId; }
    public String getEditorName() { return editorName; }
    public void setEditorName(String editorName) { this.editorName = editorName; }
    public LocalDateTime getSavedAt() { return savedAt; }
    public void setSavedAt(LocalDateTime savedAt) { this.savedAt = savedAt; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
