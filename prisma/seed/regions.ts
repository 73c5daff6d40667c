// Geography and scale of the demo: the province, the six cities and the twelve
// counties/districts the source reports come from. 建湖 is loaded at its real
// scale; the other counties are kept small so that a full load stays fast.
import type { MemberGroupName } from "./types";

export type TownSpec = { name: string; weight: number; known?: string[] };

export type CountyUnionSpec = {
  /** Name without the county prefix, e.g. "道路货运行业工会联合会". */
  suffix: string;
  members: number;
  coveredEnterprises?: number;
  group?: MemberGroupName;
};

export type CountySpec = {
  name: string;
  code: string;
  city: string;
  /** Prefix used in postal addresses ("建湖县", "盐城市大丰区"). */
  addressPrefix: string;
  towns: TownSpec[];
  /** Village/community unions per town, [min, max]. */
  villagesPerTown: [number, number];
  independent: number;
  joint: number;
  /** Total enterprises the joint unions cover; omitted = 20–80 each at random. */
  jointCoverage?: number;
  members: number;
  industries: [string, number][];
  industryUnions: CountyUnionSpec[];
  newEmploymentUnions: CountyUnionSpec[];
  institutions: number;
};

export type CitySpec = { name: string; code: string; short: string; areaCode: string };

export const PROVINCE = { name: "江苏省总工会", code: "320000", address: "南京市鼓楼区北京西路", areaCode: "025" };

export const CITIES: CitySpec[] = [
  { name: "淮安市总工会", code: "320800", short: "淮安", areaCode: "0517" },
  { name: "盐城市总工会", code: "320900", short: "盐城", areaCode: "0515" },
  { name: "镇江市总工会", code: "321100", short: "镇江", areaCode: "0511" },
  { name: "宿迁市总工会", code: "321300", short: "宿迁", areaCode: "0527" },
  { name: "泰州市总工会", code: "321200", short: "泰州", areaCode: "0523" },
  { name: "徐州市总工会", code: "320300", short: "徐州", areaCode: "0516" },
];

const t = (names: string, weights: number[] = []): TownSpec[] =>
  names.split(" ").map((name, i) => ({ name, weight: weights[i] ?? 1 }));

const SMALL_COUNTY_UNIONS = {
  industryUnions: [{ suffix: "道路货运行业工会联合会", members: 60, coveredEnterprises: 28, group: "TRUCK_DRIVER" as const }],
  newEmploymentUnions: [{ suffix: "外卖配送站点工会", members: 40, group: "FOOD_DELIVERY" as const }],
};

export const COUNTIES: CountySpec[] = [
  {
    name: "盱眙县总工会", code: "320830", city: "320800", addressPrefix: "盱眙县",
    towns: t("盱城街道 太和街道 古桑街道 马坝镇 官滩镇 旧铺镇 河桥镇 桂五镇 管仲镇 黄花塘镇", [2, 1.2, 1, 1.5, 1, 0.8, 0.8, 0.8, 0.7, 0.7]),
    villagesPerTown: [3, 6], independent: 80, joint: 8, members: 4_600, institutions: 6,
    industries: [["龙虾食品", 6], ["凹土科技", 3], ["农业科技", 3], ["绿色食品", 2]],
    industryUnions: [
      { suffix: "道路货运行业工会联合会", members: 90, coveredEnterprises: 36, group: "TRUCK_DRIVER" },
      { suffix: "龙虾产业工会联合会", members: 160, coveredEnterprises: 65 },
    ],
    newEmploymentUnions: [
      { suffix: "美团外卖站点工会", members: 70, group: "FOOD_DELIVERY" },
      { suffix: "快递员工会", members: 55, group: "COURIER" },
    ],
  },
  {
    name: "建湖县总工会", code: "320925", city: "320900", addressPrefix: "建湖县",
    towns: [
      { name: "近湖街道", weight: 1.6, known: ["湖中社区", "秀夫社区", "城南社区", "冠华社区", "三联村"] },
      { name: "钟庄街道", weight: 1.2 },
      { name: "上冈镇", weight: 1.5, known: ["草堰口村", "上冈社区", "冈西村", "杨庄村"] },
      { name: "宝塔镇", weight: 0.8 },
      { name: "高作镇", weight: 1.0 },
      { name: "沿河镇", weight: 0.7 },
      { name: "冈东镇", weight: 0.6 },
      { name: "庆丰镇", weight: 0.8 },
      { name: "建阳镇", weight: 0.9 },
      { name: "恒济镇", weight: 0.6 },
      { name: "颜单镇", weight: 0.7 },
      { name: "九龙口镇", weight: 0.5 },
      { name: "建湖经济开发区", weight: 1.8 },
    ],
    villagesPerTown: [10, 16], independent: 1_120, joint: 62, jointCoverage: 3_260, members: 110_600, institutions: 12,
    industries: [["石油装备", 9], ["石油机械", 7], ["节能电光源", 7], ["照明电器", 4], ["钻采设备", 3], ["电光源科技", 3]],
    industryUnions: [
      { suffix: "道路货运行业工会联合会", members: 760, coveredEnterprises: 46, group: "TRUCK_DRIVER" },
      { suffix: "快递行业工会联合会", members: 420, coveredEnterprises: 19, group: "COURIER" },
      { suffix: "物业服务行业工会联合会", members: 380, coveredEnterprises: 31, group: "PROPERTY_STAFF" },
      { suffix: "石油装备行业工会联合会", members: 140, coveredEnterprises: 120 },
      { suffix: "节能电光源行业工会联合会", members: 110, coveredEnterprises: 85 },
      { suffix: "建筑行业工会联合会", members: 260, coveredEnterprises: 42 },
    ],
    newEmploymentUnions: [
      { suffix: "美团外卖站点工会", members: 260, group: "FOOD_DELIVERY" },
      { suffix: "饿了么蜂鸟配送站点工会", members: 170, group: "FOOD_DELIVERY" },
      { suffix: "网约车司机工会", members: 310, group: "RIDE_HAILING" },
      { suffix: "直播电商从业人员工会", members: 120, group: "LIVE_STREAMER" },
      { suffix: "货车司机工会", members: 280, group: "TRUCK_DRIVER" },
    ],
  },
  {
    name: "大丰区总工会", code: "320904", city: "320900", addressPrefix: "盐城市大丰区",
    towns: t("大中街道 丰华街道 新丰镇 草堰镇 白驹镇 刘庄镇 西团镇 小海镇 大桥镇 万盈镇", [2, 1.2, 1, 0.8, 0.8, 1, 0.7, 0.7, 0.8, 0.7]),
    villagesPerTown: [3, 5], independent: 60, joint: 6, members: 3_100, institutions: 5,
    industries: [["风电装备", 4], ["海洋工程", 2], ["纺织", 2]], ...SMALL_COUNTY_UNIONS,
  },
  {
    name: "亭湖区总工会", code: "320902", city: "320900", addressPrefix: "盐城市亭湖区",
    towns: t("五星街道 文峰街道 先锋街道 毓龙街道 大洋街道 新兴镇 南洋镇 黄尖镇 盐东镇", [1.5, 1.3, 1.2, 1, 1, 0.8, 0.8, 0.6, 0.7]),
    villagesPerTown: [3, 5], independent: 55, joint: 5, members: 2_800, institutions: 4,
    industries: [["环保科技", 4], ["汽车零部件", 2]], ...SMALL_COUNTY_UNIONS,
  },
  {
    name: "盐都区总工会", code: "320903", city: "320900", addressPrefix: "盐城市盐都区",
    towns: t("潘黄街道 盐龙街道 张庄街道 大冈镇 大纵湖镇 楼王镇 学富镇 尚庄镇 秦南镇 龙冈镇", [1.3, 1.2, 1, 1, 0.7, 0.8, 0.7, 0.7, 0.8, 0.9]),
    villagesPerTown: [3, 5], independent: 55, joint: 5, members: 2_600, institutions: 4,
    industries: [["汽车零部件", 4], ["电子信息", 2]], ...SMALL_COUNTY_UNIONS,
  },
  {
    name: "滨海县总工会", code: "320922", city: "320900", addressPrefix: "滨海县",
    towns: t("东坎街道 坎北街道 滨淮镇 天场镇 八巨镇 五汛镇 蔡桥镇 正红镇 滨海港镇", [2, 1, 0.8, 0.7, 0.7, 0.8, 0.7, 0.6, 1]),
    villagesPerTown: [3, 5], independent: 45, joint: 4, members: 2_200, institutions: 4,
    industries: [["化工", 3], ["港口物流", 2]], ...SMALL_COUNTY_UNIONS,
  },
  {
    name: "阜宁县总工会", code: "320923", city: "320900", addressPrefix: "阜宁县",
    towns: t("阜城街道 吴滩街道 益林镇 东沟镇 沟墩镇 陈良镇 三灶镇 郭墅镇 新沟镇 羊寨镇", [2, 1, 1, 0.8, 0.9, 0.7, 0.6, 0.6, 0.7, 0.6]),
    villagesPerTown: [3, 5], independent: 50, joint: 5, members: 2_400, institutions: 4,
    industries: [["环保滤料", 4], ["风电装备", 2]], ...SMALL_COUNTY_UNIONS,
  },
  {
    name: "射阳县总工会", code: "320924", city: "320900", addressPrefix: "射阳县",
    towns: t("合德镇 临海镇 千秋镇 四明镇 海河镇 海通镇 兴桥镇 新坍镇 盘湾镇 黄沙港镇", [2, 0.8, 0.7, 0.7, 0.8, 0.8, 0.7, 0.7, 0.7, 0.9]),
    villagesPerTown: [3, 5], independent: 48, joint: 5, members: 2_300, institutions: 4,
    industries: [["纺织", 3], ["大米加工", 2], ["新能源", 2]], ...SMALL_COUNTY_UNIONS,
  },
  {
    name: "丹徒区总工会", code: "321112", city: "321100", addressPrefix: "镇江市丹徒区",
    towns: t("高资街道 宜城街道 辛丰镇 谷阳镇 上党镇 宝堰镇 世业镇", [1.3, 1.8, 1, 1, 0.8, 0.7, 0.5]),
    villagesPerTown: [4, 6], independent: 80, joint: 8, members: 5_400, institutions: 5,
    industries: [["装备制造", 4], ["新材料", 3], ["眼镜", 2]],
    industryUnions: [
      { suffix: "道路货运行业工会联合会", members: 110, coveredEnterprises: 38, group: "TRUCK_DRIVER" },
      { suffix: "建筑行业工会联合会", members: 140, coveredEnterprises: 33 },
    ],
    newEmploymentUnions: [
      { suffix: "快递员工会", members: 75, group: "COURIER" },
      { suffix: "外卖配送站点工会", members: 60, group: "FOOD_DELIVERY" },
    ],
  },
  {
    name: "泗阳县总工会", code: "321323", city: "321300", addressPrefix: "泗阳县",
    towns: t("众兴街道 来安街道 爱园镇 王集镇 裴圩镇 新袁镇 李口镇 临河镇 穿城镇 卢集镇", [2, 1.2, 1, 0.8, 0.7, 0.8, 0.7, 0.7, 0.6, 0.7]),
    villagesPerTown: [3, 5], independent: 60, joint: 6, members: 2_900, institutions: 4,
    industries: [["纺织服装", 5], ["意杨木业", 3], ["酿酒", 1]], ...SMALL_COUNTY_UNIONS,
  },
  {
    name: "兴化市总工会", code: "321281", city: "321200", addressPrefix: "兴化市",
    towns: t("昭阳街道 临城街道 垛田街道 戴南镇 张郭镇 安丰镇 沙沟镇 千垛镇 陈堡镇 大营镇", [1.8, 1.2, 0.8, 1.5, 1, 0.8, 0.6, 0.7, 0.8, 0.8]),
    villagesPerTown: [3, 5], independent: 70, joint: 6, members: 3_300, institutions: 5,
    industries: [["不锈钢制品", 5], ["健康食品", 3], ["脱水蔬菜", 2]], ...SMALL_COUNTY_UNIONS,
  },
  {
    name: "海陵区总工会", code: "321202", city: "321200", addressPrefix: "泰州市海陵区",
    towns: t("城东街道 城西街道 城中街道 城南街道 城北街道 京泰路街道 红星街道 九龙镇", [1.2, 1, 1.1, 1, 1, 0.8, 0.8, 0.9]),
    villagesPerTown: [3, 5], independent: 55, joint: 5, members: 2_700, institutions: 5,
    industries: [["医药", 3], ["船舶配套", 2], ["电子信息", 2]], ...SMALL_COUNTY_UNIONS,
  },
];

/** Other county codes in the same city: where some locally born members come from. */
export const NEIGHBOUR_CODES: Record<string, string[]> = {
  "320800": ["320826", "320831", "320804", "320812", "320813"],
  "320900": ["320925", "320904", "320902", "320903", "320922", "320923", "320924", "320921", "320981"],
  "321100": ["321111", "321102", "321181", "321182", "321183"],
  "321300": ["321322", "321324", "321302", "321311"],
  "321200": ["321281", "321202", "321203", "321204", "321282", "321283"],
};

/** Home counties of migrant workers: northern Jiangsu, Anhui and Henan. */
export const MIGRANT_ORIGINS = [
  "320321", "320322", "320324", "320382", "320381", "321322", "321324", "320826", "320722", "320723",
  "320724", "341221", "341222", "341226", "341321", "341322", "341125", "340421", "341523", "411421",
  "411625", "411627", "411622", "411526", "411522",
];
