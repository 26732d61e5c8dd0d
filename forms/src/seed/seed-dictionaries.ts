/**
 * The dictionaries (数据字典) shipped with Tongban, published as version 1 on
 * first start; administrators keep them from there (a change is a new version).
 */
export interface SeedDictionary {
  key: string;
  name: string;
  nameEn: string;
  description: string;
  entries: { value: string; label: string; labelEn: string }[];
}

/** 国民经济行业分类 (GB/T 4754-2017), its 20 sections (门类) A–T; the value is the section's letter. */
export const industryDictionary: SeedDictionary = {
  key: 'industry',
  name: '行业分类',
  nameEn: 'Industry',
  description: '国民经济行业分类（GB/T 4754-2017）门类',
  entries: [
    { value: 'A', label: '农、林、牧、渔业', labelEn: 'Agriculture, forestry, animal husbandry and fishery' },
    { value: 'B', label: '采矿业', labelEn: 'Mining' },
    { value: 'C', label: '制造业', labelEn: 'Manufacturing' },
    {
      value: 'D',
      label: '电力、热力、燃气及水生产和供应业',
      labelEn: 'Production and supply of electricity, heat, gas and water',
    },
    { value: 'E', label: '建筑业', labelEn: 'Construction' },
    { value: 'F', label: '批发和零售业', labelEn: 'Wholesale and retail trade' },
    { value: 'G', label: '交通运输、仓储和邮政业', labelEn: 'Transport, storage and postal services' },
    { value: 'H', label: '住宿和餐饮业', labelEn: 'Accommodation and catering' },
    {
      value: 'I',
      label: '信息传输、软件和信息技术服务业',
      labelEn: 'Information transmission, software and information technology services',
    },
    { value: 'J', label: '金融业', labelEn: 'Finance' },
    { value: 'K', label: '房地产业', labelEn: 'Real estate' },
    { value: 'L', label: '租赁和商务服务业', labelEn: 'Leasing and business services' },
    { value: 'M', label: '科学研究和技术服务业', labelEn: 'Scientific research and technical services' },
    {
      value: 'N',
      label: '水利、环境和公共设施管理业',
      labelEn: 'Water conservancy, environment and public facilities management',
    },
    { value: 'O', label: '居民服务、修理和其他服务业', labelEn: 'Resident services, repair and other services' },
    { value: 'P', label: '教育', labelEn: 'Education' },
    { value: 'Q', label: '卫生和社会工作', labelEn: 'Health and social work' },
    { value: 'R', label: '文化、体育和娱乐业', labelEn: 'Culture, sports and entertainment' },
    {
      value: 'S',
      label: '公共管理、社会保障和社会组织',
      labelEn: 'Public administration, social security and social organisations',
    },
    { value: 'T', label: '国际组织', labelEn: 'International organisations' },
  ],
};

/** 企业规模, as the 中小企业划型标准 (工信部联企业〔2011〕300号) names the sizes. */
export const enterpriseSizeDictionary: SeedDictionary = {
  key: 'enterprise-size',
  name: '企业规模',
  nameEn: 'Enterprise size',
  description: '大型、中型、小型、微型（中小企业划型标准规定）',
  entries: [
    { value: 'large', label: '大型', labelEn: 'Large' },
    { value: 'medium', label: '中型', labelEn: 'Medium' },
    { value: 'small', label: '小型', labelEn: 'Small' },
    { value: 'micro', label: '微型', labelEn: 'Micro' },
  ],
};

export const seedDictionaries: readonly SeedDictionary[] = [industryDictionary, enterpriseSizeDictionary];
