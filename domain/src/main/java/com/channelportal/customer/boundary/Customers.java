package com.channelportal.customer.boundary;

import com.channelportal.audit.boundary.AuditLog;
import com.channelportal.base.boundary.AccessDenied;
import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.boundary.InvalidFields;
import com.channelportal.base.boundary.RecordNotFound;
import com.channelportal.customer.control.CustomerRules;
import com.channelportal.customer.control.CustomerRules.CustomerCheck;
import com.channelportal.customer.entity.Customer;
import com.channelportal.customer.entity.CustomerDetails;
import com.channelportal.customer.entity.CustomerForm;
import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.entity.Role;
import com.channelportal.onboarding.control.UniqueKeys;
import com.channelportal.partner.boundary.PartnerCompanies;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;

/** The customer master as each caller may see it; brand staff keep the brand's records. */
@Stateless
public class Customers {

  public static final String SUBJECT = "customer";
  static final String WHAT = "Customer";
  static final String MASTER_DATA_NUMBER_KEY = "uk_customer_master_data_number";
  static final String BRAND_USCC_KEY = "uk_customer_brand_uscc";

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject AuditLog audit;

  @Inject CustomerQueries queries;

  @Inject PartnerCompanies companies;

  @Inject Event<Customer> recorded;

  public List<Customer> list(Caller caller, CustomerFilter filter, int offset, int limit) {
    return queries.list(CustomerScope.of(caller, companies), filter, offset, limit);
  }

  public long count(Caller caller, CustomerFilter filter) {
    return queries.count(CustomerScope.of(caller, companies), filter);
  }

  public Customer get(Caller caller, long id) {
    return queries
        .find(CustomerScope.of(caller, companies), id)
        .orElseThrow(() -> new RecordNotFound(WHAT, id));
  }

  /**
   * Adds a record to the brand's master data; brand admins and brand sales only. A master-data
   * number or USCC that another brand record has is refused: brand staff see all records anyway.
   */
  public Customer create(Caller caller, CustomerForm form) {
    if (!caller.hasRole(Role.BRAND_ADMIN) && !caller.hasRole(Role.BRAND_SALES)) {
      throw new AccessDenied("Only brand admins and brand sales keep the customer master");
    }
    var valid = valid(form);
    refuseDuplicate(CustomerForm.MASTER_DATA_NUMBER, "masterDataNumber", valid.masterDataNumber());
    refuseDuplicate(CustomerForm.USCC, "details.uscc", valid.uscc());
    var customer =
        Customer.ofBrand(
            new CustomerDetails(valid),
            valid.masterDataNumber(),
            caller.username(),
            LocalDateTime.now(clock));
    insert(customer);
    recorded.fire(customer);
    var details = new HashMap<String, Object>();
    details.put("origin", customer.getOrigin());
    details.put("masterDataNumber", customer.getMasterDataNumber());
    audit.append(caller, "customer.created", SUBJECT, customer.getId(), details);
    return customer;
  }

  private void refuseDuplicate(String field, String attribute, String value) {
    if (value != null && queries.brandRecordExists(attribute, value)) {
      throw duplicate(field);
    }
  }

  /** A race lost on a unique index answers like the check before it. */
  private void insert(Customer customer) {
    em.persist(customer);
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (UniqueKeys.violated(e, MASTER_DATA_NUMBER_KEY)) {
        throw duplicate(CustomerForm.MASTER_DATA_NUMBER);
      }
      if (UniqueKeys.violated(e, BRAND_USCC_KEY)) {
        throw duplicate(CustomerForm.USCC);
      }
      throw e;
    }
  }

  private static CustomerForm valid(CustomerForm form) {
    var check = CustomerRules.checkMasterData(form);
    if (check instanceof CustomerCheck.Invalid invalid) {
      throw new InvalidFields(
          invalid.problems().stream()
              .map(p -> new InvalidField.Problem(p.field(), p.reason(), p.message()))
              .toList());
    }
    return ((CustomerCheck.Valid) check).form();
  }

  private static InvalidField duplicate(String field) {
    return new InvalidField(
        field, field + ".DUPLICATE", field + ": another master record has this value");
  }
}
