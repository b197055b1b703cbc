package vn.sotay.documents.internal.entity;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A party document (DOC_DOCUMENT): its citation, issuer, audience, legal and review status. */
@Entity
@Table(name = "DOC_DOCUMENT")
public class DocumentEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "NUMBER_TEXT")
    private String numberText;

    @Column(name = "NUMBER_KEY")
    private String numberKey;

    @Column(name = "DOC_TYPE")
    private String docType;

    @Column(name = "ISSUER_CODE")
    private String issuerCode;

    @Column(name = "ISSUER_KEY")
    private String issuerKey;

    @Column(name = "ISSUER_NAME")
    private String issuerName;

    @Column(name = "OWNER_ORG_ID")
    private long ownerOrgId;

    @Column(name = "DOC_LEVEL")
    private String docLevel;

    @Column(name = "ISSUED_ON")
    private LocalDate issuedOn;

    @Column(name = "SIGNER")
    private String signer;

    @Column(name = "TITLE")
    private String title;

    @Column(name = "SUMMARY")
    private String summary;

    @Column(name = "AUDIENCE_ORG_ID")
    private long audienceOrgId;

    @Column(name = "LEGAL_STATUS")
    private String legalStatus;

    @Column(name = "REVIEW_STATUS")
    private String reviewStatus;

    @Column(name = "LAST_COMMENT")
    private String lastComment;

    @Column(name = "AUTHOR_ACCOUNT_ID")
    private long authorAccountId;

    @Column(name = "AUTHOR_NAME")
    private String authorName;

    @Column(name = "PUBLISHED_AT")
    private LocalDateTime publishedAt;

    @Column(name = "CREATED_AT")
    private LocalDateTime createdAt;

    @Column(name = "UPDATED_AT")
    private LocalDateTime updatedAt;

    @Column(name = "DOWNLOADS")
    private long downloads;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNumberText() {
        return numberText;
    }

    public void setNumberText(String numberText) {
        this.numberText = numberText;
    }

    public String getNumberKey() {
        return numberKey;
    }

    public void setNumberKey(String numberKey) {
        this.numberKey = numberKey;
    }

    public String getDocType() {
        return docType;
    }

    public void setDocType(String docType) {
        this.docType = docType;
    }

    public String getIssuerCode() {
        return issuerCode;
    }

    public void setIssuerCode(String issuerCode) {
        this.issuerCode = issuerCode;
    }

    public String getIssuerKey() {
        return issuerKey;
    }

    public void setIssuerKey(String issuerKey) {
        this.issuerKey = issuerKey;
    }

    public String getIssuerName() {
        return issuerName;
    }

    public void setIssuerName(String issuerName) {
        this.issuerName = issuerName;
    }

    public long getOwnerOrgId() {
        return ownerOrgId;
    }

    public void setOwnerOrgId(long ownerOrgId) {
        this.ownerOrgId = ownerOrgId;
    }

    public String getDocLevel() {
        return docLevel;
    }

    public void setDocLevel(String docLevel) {
        this.docLevel = docLevel;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public String getSigner() {
        return signer;
    }

    public void setSigner(String signer) {
        this.signer = signer;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public long getAudienceOrgId() {
        return audienceOrgId;
    }

    public void setAudienceOrgId(long audienceOrgId) {
        this.audienceOrgId = audienceOrgId;
    }

    public String getLegalStatus() {
        return legalStatus;
    }

    public void setLegalStatus(String legalStatus) {
        this.legalStatus = legalStatus;
    }

    public String getReviewStatus() {
        return reviewStatus;
    }

    public void setReviewStatus(String reviewStatus) {
        this.reviewStatus = reviewStatus;
    }

    public String getLastComment() {
        return lastComment;
    }

    public void setLastComment(String lastComment) {
        this.lastComment = lastComment;
    }

    public long getAuthorAccountId() {
        return authorAccountId;
    }

    public void setAuthorAccountId(long authorAccountId) {
        this.authorAccountId = authorAccountId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public void setAuthorName(String authorName) {
        this.authorName = authorName;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public void setPublishedAt(LocalDateTime publishedAt) {
        this.publishedAt = publishedAt;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(LocalDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }

    public long getDownloads() {
        return downloads;
    }

    public void setDownloads(long downloads) {
        this.downloads = downloads;
    }
}
