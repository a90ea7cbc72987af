-- For docs/screenshots/neovim-lsp.png (tests/editor/screenshot.sh): Neovim
-- with its built-in LSP client on a lesson 04 answer holding three
-- JavaScript habits; the diagnostics stay on screen for tmux to capture.
local idiom, home = os.getenv('IDIOM'), os.getenv('IDIOM_HOME')
vim.cmd('edit ' .. vim.fn.fnameescape(home .. '/04-async/rewrite.py'))
vim.cmd('syntax on')
vim.opt.number = true
local buf = vim.api.nvim_get_current_buf()
local id = vim.lsp.start_client({ name = 'idiom', cmd = { idiom, 'lsp' }, root_dir = home })
vim.lsp.buf_attach_client(buf, id)
local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
for i, l in ipairs(lines) do
  if l:match('# Your Python here') then
    vim.api.nvim_buf_set_lines(buf, i - 1, i + 1, false, {
      '    const config = await load_config();',
      '    user = await fetch_user(user_id)',
      '    if config === null:',
      '        raise ValueError("no config")',
      '    return {config: config, "user": user}',
    })
    vim.api.nvim_win_set_cursor(0, { i - 10, 0 })
    vim.cmd('normal! zt')
  end
end
