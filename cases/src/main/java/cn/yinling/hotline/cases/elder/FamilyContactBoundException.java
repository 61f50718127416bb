package cn.yinling.hotline.cases.elder;

/**
 * A family contact who has bound WeChat (or whose binding is on record) is not deleted: the binding
 * is the evidence of who may act for the elder. Withdrawing the notification consent stops messages.
 */
public class FamilyContactBoundException extends IllegalStateException {
    public FamilyContactBoundException(Long familyContactId) {
        super("Family contact " + familyContactId + " has a WeChat binding on record");
    }
}
