import { failureMessage } from '../../../src/domain';

class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

describe('failureMessage', () => {
  it('tells the officer to finish editing the cell when Excel refuses a batch in cell-edit mode', () => {
    const error = new OfficeError('InvalidOperationInCellEditMode', 'RichApi.Error: The operation …');
    expect(failureMessage(error, 'vi')).toBe(
      'Excel đang ở chế độ sửa ô nên chưa làm được. Nhấn Enter (hoặc Esc) để kết thúc sửa ô, rồi bấm lại.',
    );
    expect(failureMessage(error, 'en')).toMatch(/^Excel is editing a cell/);
  });

  it('gives any other failure its own text, so the officer can report it', () => {
    expect(failureMessage(new OfficeError('InvalidOperation', 'boom'), 'vi')).toBe(
      'Lỗi ngoài dự kiến khi làm việc với sổ tính: boom',
    );
  });
});
