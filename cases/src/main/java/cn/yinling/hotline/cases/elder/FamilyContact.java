package cn.yinling.hotline.cases.elder;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A family member of an elder; may bind a WeChat account to act on the elder's behalf. */
@Entity
public class FamilyContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long elderId;
    private String fullName;
    private String relation;
    private String wechatOpenid;
    private Instant wechatBoundAt;
    private boolean notifyConsent;

    protected FamilyContact() {
    }

    public FamilyContact(Long elderId, String fullName, String relation, boolean notifyConsent) {
        this.elderId = elderId;
        this.fullName = fullName;
        this.relation = relation;
        this.notifyConsent = notifyConsent;
    }

    public Long getId() {
        return id;
    }

    public Long getElderId() {
        return elderId;
    }

    public String getFullName() {
        return fullName;
    }

    public String getRelation() {
        return relation;
    }

    public String getWechatOpenid() {
        return wechatOpenid;
    }

    public Instant getWechatBoundAt() {
        return wechatBoundAt;
    }

    public boolean isNotifyConsent() {
        return notifyConsent;
    }

    public void bindWechat(String openid, Instant at) {
        this.wechatOpenid = openid;
        this.wechatBoundAt = at;
    }

    public void unbindWechat() {
        this.wechatOpenid = null;
        this.wechatBoundAt = null;
    }

    public void rename(String fullName, String relation) {
        this.fullName = fullName;
        this.relation = relation;
    }

    public void setNotifyConsent(boolean notifyConsent) {
        this.notifyConsent = notifyConsent;
    }
}
