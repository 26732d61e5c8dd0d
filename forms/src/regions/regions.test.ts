import { regionCodeLevel, regionNames, regionProblem, regionTree } from './regions';

describe('the GB/T 2260 division table', () => {
  it('names a county from its province down', () => {
    expect(regionNames('420923')).toEqual(['湖北省', '孝感市', '云梦县']);
    expect(regionNames('420900')).toEqual(['湖北省', '孝感市']);
    expect(regionNames('420000')).toEqual(['湖北省']);
    expect(regionNames('999999')).toBeUndefined();
  });

  it('reads the level from the code as the standard writes it', () => {
    expect([regionCodeLevel('420000'), regionCodeLevel('420900'), regionCodeLevel('420923')]).toEqual([1, 2, 3]);
  });

  it('offers each depth only what a choice at that depth can be', () => {
    const provinces = regionTree('province');
    expect(provinces.every((province) => province.children === undefined)).toBe(true);
    expect(provinces.map((province) => province.name)).toEqual(expect.arrayContaining(['北京市', '湖北省']));

    const hubei = regionTree('city').find((province) => province.code === '420000');
    expect(hubei?.children?.map((city) => city.name)).toContain('孝感市');
    expect(hubei?.children?.every((city) => city.children === undefined)).toBe(true);
    // A municipality's districts are counties: at the city depth the municipality is the choice itself.
    expect(regionTree('city').find((province) => province.code === '110000')?.children).toBeUndefined();

    const xiaogan = regionTree('county')
      .find((province) => province.code === '420000')
      ?.children?.find((city) => city.code === '420900');
    expect(xiaogan?.children?.map((county) => county.name)).toContain('云梦县');
    expect(regionTree('county')).toBe(regionTree('county'));
  });
});

describe('regionProblem', () => {
  it('accepts a complete choice whose names are its own', () => {
    expect(regionProblem({ code: '420923', names: ['湖北省', '孝感市', '云梦县'] }, 'county')).toBeUndefined();
    expect(regionProblem({ code: '420900', names: ['湖北省', '孝感市'] }, 'city')).toBeUndefined();
    expect(regionProblem({ code: '420000', names: ['湖北省'] }, 'province')).toBeUndefined();
  });

  it('takes a place with nothing below it at that depth as complete', () => {
    expect(regionProblem({ code: '110101', names: ['北京市', '东城区'] }, 'county')).toBeUndefined();
    expect(regionProblem({ code: '110000', names: ['北京市'] }, 'city')).toBeUndefined();
    expect(regionProblem({ code: '441900', names: ['广东省', '东莞市'] }, 'county')).toBeUndefined();
  });

  it('refuses a code the table does not have', () => {
    expect(regionProblem({ code: '429999', names: ['湖北省', '孝感市', '云梦县'] }, 'county')).toBe('unknown');
  });

  it('refuses a place above or below the depth asked for', () => {
    expect(regionProblem({ code: '420900', names: ['湖北省', '孝感市'] }, 'county')).toBe('depth');
    expect(regionProblem({ code: '420000', names: ['湖北省'] }, 'city')).toBe('depth');
    expect(regionProblem({ code: '420923', names: ['湖北省', '孝感市', '云梦县'] }, 'city')).toBe('depth');
    expect(regionProblem({ code: '110101', names: ['北京市', '东城区'] }, 'city')).toBe('depth');
  });

  it('refuses names that are not the code’s own', () => {
    expect(regionProblem({ code: '420923', names: ['湖北省', '孝感市', '孝南区'] }, 'county')).toBe('names');
    expect(regionProblem({ code: '420923', names: ['孝感市', '云梦县'] }, 'county')).toBe('names');
  });
});
