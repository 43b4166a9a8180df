package org.budgetdisclosure.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * 国有资产占用使用情况.
 *
 * @param asOf               the date the figures refer to, as printed (截至 2025 年底)
 * @param buildingArea       房屋 in 平方米
 * @param buildingValue      房屋 value
 * @param vehicles           车辆 count
 * @param vehicleValue       车辆 value
 * @param vehicleGroups      vehicles by type
 * @param furnitureValue     办公家具 value
 * @param otherValue         其他资产 value
 * @param largeEquipment50   大型设备 with a unit value over 50 万元
 * @param largeEquipment100  大型设备 with a unit value over 100 万元
 * @param plannedText        the sentence about what the budget plans to buy
 */
public record Assets(String asOf, BigDecimal buildingArea, Money buildingValue, Integer vehicles, Money vehicleValue,
                     List<VehicleGroup> vehicleGroups, Money furnitureValue, Money otherValue,
                     Integer largeEquipment50, Integer largeEquipment100, String plannedText, SourceRef at) {

    public Assets {
        vehicleGroups = List.copyOf(vehicleGroups);
    }
}
