package com.channelportal.partner.ui;

import com.channelportal.partner.entity.PartnerCompany;
import com.channelportal.partner.entity.PartnerCompany.Contact;
import com.channelportal.partner.entity.PartnerCompany.Programme;
import com.channelportal.partner.entity.PartnerStatus;
import com.channelportal.partner.entity.Tier;

/**
 * The edit form's working copy of a partner. The form binds to this, never to the managed entity,
 * so nothing changes before Save (buffered editing); the version goes back with the save.
 */
public class PartnerDraft {

  private long id;
  private long version;
  private String name = "";
  private String uscc = "";
  private String region = "";
  private Tier tier = Tier.REGISTERED;
  private PartnerStatus status = PartnerStatus.ACTIVE;
  private String channelManager = "";
  private boolean foreignEmailAllowed;
  private String contactName = "";
  private String contactPhone = "";
  private String contactEmail = "";

  static PartnerDraft of(PartnerCompany company) {
    var draft = new PartnerDraft();
    draft.id = company.getId();
    draft.version = company.getVersion();
    draft.name = company.getName();
    draft.uscc = orEmpty(company.getUscc());
    draft.region = orEmpty(company.getRegion());
    draft.tier = company.getTier();
    draft.status = company.getStatus();
    draft.channelManager = orEmpty(company.getChannelManager());
    draft.foreignEmailAllowed = company.isForeignEmailAllowed();
    var contact = company.getContact();
    draft.contactName = orEmpty(contact.name());
    draft.contactPhone = orEmpty(contact.phone());
    draft.contactEmail = orEmpty(contact.email());
    return draft;
  }

  Programme programme() {
    return new Programme(name, uscc, region, tier, status, channelManager, foreignEmailAllowed);
  }

  Contact contact() {
    return new Contact(contactName, contactPhone, contactEmail);
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  public boolean isForeignEmailAllowed() {
    return foreignEmailAllowed;
  }

  public void setForeignEmailAllowed(boolean foreignEmailAllowed) {
    this.foreignEmailAllowed = foreignEmailAllowed;
  }

  public long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getUscc() {
    return uscc;
  }

  public void setUscc(String uscc) {
    this.uscc = uscc;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public Tier getTier() {
    return tier;
  }

  public void setTier(Tier tier) {
    this.tier = tier;
  }

  public PartnerStatus getStatus() {
    return status;
  }

  public void setStatus(PartnerStatus status) {
    this.status = status;
  }

  public String getChannelManager() {
    return channelManager;
  }

  public void setChannelManager(String channelManager) {
    this.channelManager = channelManager;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }
}
