package io.clearsky.simulator;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Real Chinese cities by GB/T 2260 code: where subscribers live and where gangs are based. */
public final class Cities {

    /** Cities where subscribers (and so victims) live; weights roughly follow their populations in millions. */
    public static final List<City> RESIDENTIAL = List.of(
            new City("110000", "北京市", "Beijing", "010", 22),
            new City("310000", "上海市", "Shanghai", "021", 25),
            new City("440100", "广州市", "Guangzhou", "020", 19),
            new City("440300", "深圳市", "Shenzhen", "0755", 18),
            new City("500000", "重庆市", "Chongqing", "023", 32),
            new City("120000", "天津市", "Tianjin", "022", 14),
            new City("510100", "成都市", "Chengdu", "028", 21),
            new City("330100", "杭州市", "Hangzhou", "0571", 12),
            new City("420100", "武汉市", "Wuhan", "027", 13),
            new City("320100", "南京市", "Nanjing", "025", 9),
            new City("320500", "苏州市", "Suzhou", "0512", 13),
            new City("610100", "西安市", "Xi'an", "029", 13),
            new City("430100", "长沙市", "Changsha", "0731", 10),
            new City("410100", "郑州市", "Zhengzhou", "0371", 13),
            new City("370200", "青岛市", "Qingdao", "0532", 10),
            new City("210100", "沈阳市", "Shenyang", "024", 9),
            new City("350100", "福州市", "Fuzhou", "0591", 8),
            new City("350200", "厦门市", "Xiamen", "0592", 5),
            new City("340100", "合肥市", "Hefei", "0551", 9),
            new City("360100", "南昌市", "Nanchang", "0791", 6),
            new City("530100", "昆明市", "Kunming", "0871", 8),
            new City("450100", "南宁市", "Nanning", "0771", 9),
            new City("460100", "海口市", "Haikou", "0898", 3),
            new City("441900", "东莞市", "Dongguan", "0769", 10));

    /**
     * Cities where domestic gangs are based: the real programmes' hot spots (Jieyang, Maoming's Dianbai, Danzhou,
     * Quanzhou's Anxi, Dehong on the Myanmar border, Dongguan). Overseas gangs are based abroad and have none.
     */
    public static final List<City> GANG_BASES = List.of(
            new City("445200", "揭阳市", "Jieyang", "0663", 6),
            new City("440900", "茂名市", "Maoming", "0668", 6),
            new City("460400", "儋州市", "Danzhou", "0898", 1),
            new City("350500", "泉州市", "Quanzhou", "0595", 9),
            new City("533100", "德宏傣族景颇族自治州", "Dehong", "0692", 1),
            new City("441900", "东莞市", "Dongguan", "0769", 10));

    private static final Map<String, City> BY_CODE = java.util.stream.Stream.concat(
                    RESIDENTIAL.stream(), GANG_BASES.stream())
            .collect(Collectors.toMap(City::code, Function.identity(), (a, b) -> a));

    private Cities() {}

    /** The city with this division code; unknown codes fail with the list of known ones. */
    public static City of(String code) {
        City city = BY_CODE.get(code);
        if (city == null) {
            throw new IllegalArgumentException("no city with division code " + code + "; known: "
                    + BY_CODE.keySet().stream().sorted().toList());
        }
        return city;
    }
}
