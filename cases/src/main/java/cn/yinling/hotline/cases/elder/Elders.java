package cn.yinling.hotline.cases.elder;

import cn.yinling.hotline.cases.CasesProperties;
import cn.yinling.hotline.cases.policy.Eligibility;
import cn.yinling.hotline.cases.policy.EligibilityRepository;
import cn.yinling.hotline.cases.policy.SubsidyPolicy;
import cn.yinling.hotline.cases.policy.SubsidyPolicyRepository;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register of elders, their households, phone numbers and family contacts. */
@Service
public class Elders {

    /** Column sizes of the record (V1), checked before the database would refuse. */
    public static final int NAME_LENGTH = 50;
    public static final int RELATION_LENGTH = 20;
    public static final int ADDRESS_LENGTH = 300;
    public static final int HEALTH_NOTES_LENGTH = 2000;

    private final ElderRepository elders;
    private final HouseholdRepository households;
    private final HouseholdAddressChangeRepository addressChanges;
    private final RegisteredPhoneRepository phones;
    private final FamilyContactRepository family;
    private final BindingRequestRepository bindingRequests;
    private final EligibilityRepository eligibilities;
    private final SubsidyPolicyRepository policies;
    private final CasesProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Elders(ElderRepository elders, HouseholdRepository households, HouseholdAddressChangeRepository addressChanges,
            RegisteredPhoneRepository phones, FamilyContactRepository family, BindingRequestRepository bindingRequests,
            EligibilityRepository eligibilities, SubsidyPolicyRepository policies, CasesProperties properties,
            Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.bindingRequests = bindingRequests;
        this.eligibilities = eligibilities;
        this.policies = policies;
        this.elders = elders;
        this.households = households;
        this.addressChanges = addressChanges;
        this.phones = phones;
        this.family = family;
        this.properties = properties;
        this.clock = clock;
    }

    public PhoneNumber parsePhone(String raw) {
        return PhoneNumber.parse(raw, properties.defaultAreaCode());
    }

    /** Finds who owns a number in any spelling (+86, 0086, with or without area code). Unparseable numbers find nobody. */
    @Transactional(readOnly = true)
    public Optional<Caller> findByPhone(String raw) {
        PhoneNumber number;
        try {
            number = parsePhone(raw);
        } catch (InvalidPhoneNumberException e) {
            return Optional.empty();
        }
        return phones.findByNumber(number.digits()).map(p -> {
            if (p.getElderId() != null) {
                Elder e = elders.findById(p.getElderId()).orElseThrow();
                return new Caller(number, e, null, List.of(e));
            }
            FamilyContact f = family.findById(p.getFamilyContactId()).orElseThrow();
            return new Caller(number, null, f, List.of(elders.findById(f.getElderId()).orElseThrow()));
        });
    }

    @Transactional(readOnly = true)
    public Elder get(ElderId id) {
        return elders.findById(id.value()).orElseThrow(() -> new NoSuchElementException("No elder " + id));
    }

    @Transactional(readOnly = true)
    public List<Elder> search(String query, int limit) {
        // Full-width digits and letters (１３９…) become plain ones; spaces inside a name (王 秀英) go.
        String typed = Normalizer.normalize(query, Normalizer.Form.NFKC).strip();
        Optional<Caller> byPhone = findByPhone(typed);
        if (byPhone.isPresent()) {
            return byPhone.get().actsFor();
        }
        String literal = typed.replaceAll("\\s+", "").replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return literal.isEmpty() ? List.of() : elders.search(literal, PageRequest.of(0, limit));
    }

    @Transactional
    public Household createHousehold(String address, String street, String community, Registration registration) {
        return households.save(new Household(address, street, community, registration, clock.instant()));
    }

    @Transactional
    public Elder register(Elder elder) {
        return elders.save(elder);
    }

    /** Applies a change to an elder's record in one transaction and returns the updated record. */
    @Transactional
    public Elder update(ElderId id, Consumer<Elder> change) {
        Elder e = get(id);
        change.accept(e);
        events.publishEvent(new ElderRecordChanged(id, ElderRecordChanged.Cause.RECORD));
        return e;
    }

    @Transactional
    public FamilyContact bindWechat(Long familyContactId, String openid) {
        FamilyContact f = family.findById(familyContactId)
                .orElseThrow(() -> new NoSuchElementException("No family contact " + familyContactId));
        f.bindWechat(openid, clock.instant());
        return f;
    }

    /** Registers a number to an elder; a number already registered to someone else is refused. */
    @Transactional
    public RegisteredPhone addPhone(ElderId elderId, String raw) {
        return savePhone(RegisteredPhone.ofElder(parsePhone(raw), get(elderId).getId()));
    }

    @Transactional
    public FamilyContact addFamilyContact(ElderId elderId, String name, String relation, String phone,
            boolean notifyConsent) {
        FamilyContact contact = family.save(new FamilyContact(get(elderId).getId(), name, relation, notifyConsent));
        if (phone != null && !phone.isBlank()) {
            savePhone(RegisteredPhone.ofFamilyContact(parsePhone(phone), contact.getId()));
        }
        return contact;
    }

    /**
     * Makes the elder's registered numbers exactly {@code raw} (any spelling; duplicates collapse).
     * Every number is checked before anything changes, so a bad or taken number leaves the record as it was.
     */
    @Transactional
    public List<PhoneNumber> replacePhones(ElderId elderId, List<String> raw) {
        Long owner = get(elderId).getId();
        List<PhoneNumber> wanted = raw.stream().map(this::parsePhone).distinct().toList();
        for (PhoneNumber n : wanted) {
            phones.findByNumber(n.digits()).filter(p -> !owner.equals(p.getElderId()))
                    .ifPresent(p -> {
                        throw new PhoneNumberTakenException(n);
                    });
        }
        List<RegisteredPhone> current = phones.findByElderId(owner);
        List<String> wantedDigits = wanted.stream().map(PhoneNumber::digits).toList();
        List<RegisteredPhone> dropped = current.stream().filter(p -> !wantedDigits.contains(p.number().digits())).toList();
        phones.deleteAll(dropped);
        phones.flush();
        List<String> kept = current.stream().map(p -> p.number().digits()).toList();
        wanted.stream().filter(n -> !kept.contains(n.digits())).forEach(n -> insert(RegisteredPhone.ofElder(n, owner)));
        return wanted;
    }

    /**
     * Moves the elder (and so the household) to a new service address, within the yearly limit of
     * {@link #changeHouseholdAddress}. The same address again is no change and uses none of the limit.
     */
    @Transactional
    public Elder changeAddress(ElderId elderId, String newAddress) {
        Elder e = get(elderId);
        String address = requireText(newAddress, ADDRESS_LENGTH, "address");
        if (!address.equals(e.getAddress())) {
            changeHouseholdAddress(e.getHouseholdId(), address);
        }
        return e;
    }

    /** Changes a family contact's name, relation, phone (blank removes it) and notification consent. */
    @Transactional
    public FamilyContact updateFamilyContact(ElderId elderId, Long contactId, String name, String relation, String phone,
            boolean notifyConsent) {
        FamilyContact f = contactOf(elderId, contactId);
        PhoneNumber number = phone == null || phone.isBlank() ? null : parsePhone(phone);
        if (number != null) {
            phones.findByNumber(number.digits()).filter(p -> !contactId.equals(p.getFamilyContactId()))
                    .ifPresent(p -> {
                        throw new PhoneNumberTakenException(number);
                    });
        }
        f.rename(requireText(name, NAME_LENGTH, "name"), requireText(relation, RELATION_LENGTH, "relation"));
        f.setNotifyConsent(notifyConsent);
        List<RegisteredPhone> current = phones.findByFamilyContactId(contactId);
        List<RegisteredPhone> dropped = current.stream()
                .filter(p -> number == null || !p.number().digits().equals(number.digits())).toList();
        phones.deleteAll(dropped);
        phones.flush();
        if (number != null && current.size() == dropped.size()) {
            insert(RegisteredPhone.ofFamilyContact(number, contactId));
        }
        return f;
    }

    /** Removes a family contact and their numbers; one with a WeChat binding on record stays (see {@link FamilyContactBoundException}). */
    @Transactional
    public void removeFamilyContact(ElderId elderId, Long contactId) {
        FamilyContact f = contactOf(elderId, contactId);
        if (f.getWechatOpenid() != null || bindingRequests.existsByFamilyContactId(contactId)) {
            throw new FamilyContactBoundException(contactId);
        }
        phones.deleteAll(phones.findByFamilyContactId(contactId));
        family.delete(f);
    }

    @Transactional(readOnly = true)
    public List<PhoneNumber> phonesOfFamilyContact(Long contactId) {
        return phones.findByFamilyContactId(contactId).stream().map(RegisteredPhone::number).toList();
    }

    private FamilyContact contactOf(ElderId elderId, Long contactId) {
        return family.findById(contactId).filter(f -> f.getElderId().equals(elderId.value()))
                .orElseThrow(() -> new NoSuchElementException("No family contact " + contactId + " of elder " + elderId));
    }

    private static String requireText(String text, int longest, String what) {
        if (text == null || text.isBlank() || text.strip().length() > longest) {
            throw new IllegalArgumentException("The " + what + " needs 1 to " + longest + " characters");
        }
        return text.strip();
    }

    /** The family contacts a WeChat account is bound to (one person may be bound to several elders). */
    @Transactional(readOnly = true)
    public List<FamilyContact> boundTo(String openid) {
        return openid == null || openid.isBlank() ? List.of() : family.findByWechatOpenid(openid);
    }

    @Transactional(readOnly = true)
    public List<FamilyContact> familyOf(ElderId elderId) {
        return family.findByElderId(elderId.value());
    }

    @Transactional(readOnly = true)
    public List<PhoneNumber> phonesOf(ElderId elderId) {
        return phones.findByElderId(elderId.value()).stream().map(RegisteredPhone::number).toList();
    }

    @Transactional(readOnly = true)
    public List<Elder> householdMembers(Long householdId) {
        return elders.findByHouseholdId(householdId);
    }

    /**
     * Moves a household to a new service address, within the strictest yearly limit of the policies
     * its elders currently hold (the rural policy allows two changes a year).
     */
    @Transactional
    public Household changeHouseholdAddress(Long householdId, String newAddress) {
        Household h = households.findById(householdId).orElseThrow(() -> new NoSuchElementException("No household " + householdId));
        LocalDate today = LocalDate.now(clock);
        Integer maxPerYear = addressChangeLimit(householdId, today);
        if (maxPerYear != null && addressChanges.countByHouseholdIdAndChangedOnBetween(householdId,
                today.withDayOfYear(1), today.withDayOfYear(today.lengthOfYear())) >= maxPerYear) {
            throw new AddressChangeLimitException(maxPerYear);
        }
        addressChanges.save(new HouseholdAddressChange(householdId, h.getAddress(), newAddress, today));
        h.moveTo(newAddress);
        elders.findByHouseholdId(householdId).forEach(e -> e.moveTo(newAddress));
        return h;
    }

    private Integer addressChangeLimit(Long householdId, LocalDate today) {
        List<Long> members = elders.findByHouseholdId(householdId).stream().map(Elder::getId).toList();
        return eligibilities.findByElderIdInOrderById(members).stream()
                .filter(e -> e.coversDay(today))
                .map(Eligibility::getPolicyId)
                .map(id -> policies.findById(id).map(SubsidyPolicy::getMaxAddressChangesPerYear).orElse(null))
                .filter(Objects::nonNull)
                .min(Integer::compare).orElse(null);
    }

    private RegisteredPhone savePhone(RegisteredPhone phone) {
        Optional<RegisteredPhone> existing = phones.findByNumber(phone.number().digits());
        if (existing.isPresent()) {
            throw new PhoneNumberTakenException(phone.number());
        }
        return insert(phone);
    }

    /**
     * Inserts a number found free a moment ago. Another transaction may have registered it since
     * (two agents typing the same number at once): the unique index decides, and the loser gets the
     * same refusal as if it had been registered before.
     */
    private RegisteredPhone insert(RegisteredPhone phone) {
        try {
            return phones.saveAndFlush(phone);
        } catch (DataIntegrityViolationException e) {
            throw new PhoneNumberTakenException(phone.number());
        }
    }
}
