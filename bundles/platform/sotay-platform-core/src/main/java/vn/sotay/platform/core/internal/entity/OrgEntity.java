package vn.sotay.platform.core.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgType;

/** Row of CORE_ORG. */
@Entity
@Table(name = "CORE_ORG")
public class OrgEntity {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) @Column(name = "ID") public Long id;
    @Column(name = "CODE") public String code;
    @Column(name = "NAME") public String name;
    @Column(name = "ORG_TYPE") public String type;
    @Column(name = "PARENT_ID") public Long parentId;
    @Column(name = "TREE_PATH") public String path;

    public OrgNode toDto() {
        return new OrgNode(id, code, name, OrgType.valueOf(type), parentId, path);
    }
}
