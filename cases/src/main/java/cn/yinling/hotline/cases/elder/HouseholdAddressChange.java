package cn.yinling.hotline.cases.elder;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

@Entity
class HouseholdAddressChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long householdId;
    private String oldAddress;
    private String newAddress;
    private LocalDate changedOn;

    protected HouseholdAddressChange() {
    }

    HouseholdAddressChange(Long householdId, String oldAddress, String newAddress, LocalDate changedOn) {
        this.householdId = householdId;
        this.oldAddress = oldAddress;
        this.newAddress = newAddress;
        this.changedOn = changedOn;
    }
}
