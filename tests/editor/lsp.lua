-- Neovim end to end: the built-in LSP client drives `idiom lsp` on a lesson 04
-- answer.  Run by tests/editor/nvim.sh, which sets IDIOM (the binary),
-- IDIOM_HOME (a fresh workspace after `idiom start 04`) and IDIOM_RESULT (where
-- this writes one "ok NAME" / "FAIL NAME: why" line per step).
local idiom = os.getenv('IDIOM')
local home = os.getenv('IDIOM_HOME')
local result_path = os.getenv('IDIOM_RESULT')
local file = home .. '/04-async/rewrite.py'
local results = {}
local timeout = 30000

local function record(name, ok, why)
  table.insert(results, (ok and 'ok   ' or 'FAIL ') .. name .. (ok and '' or (': ' .. (why or ''))))
end

local function finish()
  local f = io.open(result_path, 'w')
  f:write(table.concat(results, '\n') .. '\n')
  f:close()
  vim.cmd('qa!')
end

local function idiom_diagnostics(buf)
  return vim.diagnostic.get(buf)
end

local function find_diag(buf, pred)
  for _, d in ipairs(idiom_diagnostics(buf)) do
    if pred(d) then return d end
  end
  return nil
end

local function wait_for(pred)
  return vim.wait(timeout, pred, 20)
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  local config = { name = 'idiom', cmd = { idiom, 'lsp' }, root_dir = home }
  local client_id
  if vim.lsp.start then
    client_id = vim.lsp.start(config)
  else
    client_id = vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(buf, client_id)
  end
  record('client starts', client_id ~= nil, 'no client id')

  -- The starter has no answer yet: the required rules report at the function.
  record('diagnostics on open', wait_for(function()
    return find_diag(buf, function(d) return d.source == 'idiom' end) ~= nil
  end), 'no idiom diagnostics after didOpen')

  -- Type an answer with a JavaScript habit on one line (incremental changes).
  local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  local at
  for i, l in ipairs(lines) do
    if l:match('# Your Python here') then at = i - 1 end
  end
  vim.api.nvim_buf_set_lines(buf, at, at + 2, false, {
    '    config = await load_config()',
    '    user = await fetch_user(user_id)',
    '    if config is null:',
    '        raise ValueError("no config")',
    '    return {"config": config, "user": user}',
  })
  local habit = at + 2
  local got = wait_for(function()
    return find_diag(buf, function(d)
      return d.lnum == habit and d.message:find('`null` is JavaScript', 1, true) ~= nil
    end) ~= nil
  end)
  local other = find_diag(buf, function(d) return d.message:find('null', 1, true) and d.lnum ~= habit end)
  record('habit diagnostic on its line', got and other == nil,
    'no `null` diagnostic on line ' .. habit .. ': ' .. vim.inspect(idiom_diagnostics(buf)))
  local d = find_diag(buf, function(x) return x.lnum == habit end)
  record('criterion as code and severity error',
    d ~= nil and d.severity == vim.diagnostic.severity.ERROR and
    (d.code == 'Uses async/await clearly in Python' or
     (d.user_data and d.user_data.lsp and d.user_data.lsp.code == 'Uses async/await clearly in Python')),
    vim.inspect(d))

  -- Save: the full check runs in the sandbox and says how many criteria pass.
  vim.cmd('write')
  record('verdicts after save', wait_for(function()
    return find_diag(buf, function(x) return x.message:find('of 3 criteria pass', 1, true) ~= nil end) ~= nil
  end), 'no summary diagnostic after :write')
  local summary = find_diag(buf, function(x) return x.message:find('criteria pass', 1, true) end)
  -- The call raised: the criteria it judges fail, naming the exception.
  local raised = find_diag(buf, function(x) return x.message:find('NameError', 1, true) ~= nil end)
  record('failing verdict names the NameError', summary ~= nil and raised ~= nil,
    summary and vim.inspect(idiom_diagnostics(buf)) or 'none')

  -- The quick fix from the code action, applied as the editor applies it.
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = { start = { line = habit, character = 0 }, ['end'] = { line = habit, character = 0 } },
    context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics and
      vim.lsp.diagnostic.get_line_diagnostics(buf, habit) or {} },
  }
  local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, timeout)
  local fix, hint
  for _, r in pairs(responses or {}) do
    for _, action in ipairs(r.result or {}) do
      if action.title == 'Replace `null` with `None`' then fix = action end
      if action.title == 'Show the next hint' then hint = action end
    end
  end
  record('quick fix offered', fix ~= nil, vim.inspect(responses))
  record('hint action offered', hint ~= nil, 'no "Show the next hint"')
  if fix then
    vim.lsp.util.apply_workspace_edit(fix.edit, 'utf-16')
    local line = vim.api.nvim_buf_get_lines(buf, habit, habit + 1, false)[1]
    record('buffer after the fix', line == '    if config is None:', line)
    record('habit diagnostic gone', wait_for(function()
      return find_diag(buf, function(x) return x.message:find('`null`', 1, true) end) == nil
    end), vim.inspect(idiom_diagnostics(buf)))
    vim.cmd('write')
    record('all criteria pass after the fix', wait_for(function()
      return find_diag(buf, function(x) return x.message == '3 of 3 criteria pass' end) ~= nil
    end), vim.inspect(idiom_diagnostics(buf)))
  end

  -- Hover on a finding: the criterion and the lesson section.
  vim.api.nvim_buf_set_lines(buf, habit, habit + 1, false, { '    if config === None:' })
  wait_for(function() return find_diag(buf, function(x) return x.lnum == habit end) ~= nil end)
  local hover = vim.lsp.buf_request_sync(buf, 'textDocument/hover', {
    textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = habit, character = 14 } }, timeout)
  local value = ''
  for _, r in pairs(hover or {}) do
    if r.result then value = r.result.contents.value end
  end
  record('hover names criterion and section',
    value:find('Uses async/await clearly in Python', 1, true) ~= nil and value:find('"Rewrite"', 1, true) ~= nil, value)
end)
if not ok then record('script', false, tostring(err)) end
finish()
