package ${package}.internal.entity;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** An item as stored in ${tablePrefix}_ITEM; timestamps are UTC. Never leaves {@code ${moduleClass}Store}. */
@Entity(name = "${moduleClass}Item")
@Table(name = "${tablePrefix}_ITEM")
public class ItemEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "TITLE", nullable = false, length = 255)
    private String title;

    @Column(name = "BODY", nullable = false, length = 20000)
    private String body;

    @Column(name = "AUDIENCE_ORG_ID", nullable = false)
    private long audienceOrgId;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public long getAudienceOrgId() { return audienceOrgId; }
    public void setAudienceOrgId(long audienceOrgId) { this.audienceOrgId = audienceOrgId; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
}
